/** Awards: quotas, nominations, decisions and the ceremony. */
@OwnsTables({"award_setting", "award_quota", "award_decision", "nomination", "ceremony", "ceremony_batch", "ceremony_recipient"})
package vn.hoinghi.award.repository;

import vn.hoinghi.database.OwnsTables;
