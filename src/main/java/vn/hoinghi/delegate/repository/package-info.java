/** Delegates, their composition groups and the hall's rows. */
@OwnsTables({"delegate", "composition_group", "hall_row"})
package vn.hoinghi.delegate.repository;

import vn.hoinghi.database.OwnsTables;
