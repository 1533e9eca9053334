package vn.hoinghi.award.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.hoinghi.award.AwardHistoryService;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.unit.Unit;

/**
 * What the nomination form needs from the page that opens it: the services, the conference's forms, the units to
 * choose from, the caller's own unit (a unit's page) and the deadline. {@code appraisal} is null on a unit's page.
 */
record NominationContext(long conferenceId, NominationService nominations, AwardHistoryService history,
                         AppraisalActions appraisal, List<String> forms, List<Unit> units, Unit ownUnit,
                         Instant deadline, Clock clock) {

    boolean committee() {
        return ownUnit == null;
    }

    /** The form follows the service's rules, so a unit is not offered what it would be refused. */
    boolean canEdit(Nomination n) {
        if (n.status() == NominationStatus.WITHDRAWN || n.status() == NominationStatus.PRESENTED) {
            return false;
        }
        return committee() || n.status() == NominationStatus.PROPOSED && beforeDeadline();
    }

    boolean beforeDeadline() {
        return clock.instant().isBefore(deadline);
    }
}
