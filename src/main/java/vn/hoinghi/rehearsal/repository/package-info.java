/** The rehearsal: its time, the reset of the day after it, and each point's checklist. */
@OwnsTables({"rehearsal", "rehearsal_check"})
package vn.hoinghi.rehearsal.repository;

import vn.hoinghi.database.OwnsTables;
