/** The units directory. */
@OwnsTables({"unit"})
package vn.hoinghi.unit.repository;

import vn.hoinghi.database.OwnsTables;
