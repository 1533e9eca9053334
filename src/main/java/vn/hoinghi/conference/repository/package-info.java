/** Conferences and the last one each account opened. */
@OwnsTables({"conference", "selected_conference"})
package vn.hoinghi.conference.repository;

import vn.hoinghi.database.OwnsTables;
