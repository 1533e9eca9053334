/** Tasks after the conference and the conclusion notice. */
@OwnsTables({"follow_up_task", "conclusion_notice"})
package vn.hoinghi.followup.repository;

import vn.hoinghi.database.OwnsTables;
