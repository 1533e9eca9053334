/** Each conference's health declaration setting and the declarations made at its gates. */
@OwnsTables({"health_setting", "health_declaration"})
package vn.hoinghi.health.repository;

import vn.hoinghi.database.OwnsTables;
