package vn.hoinghi.submission.report;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.CurrentUser;

/**
 * Who may read and change which unit's report. The committee reads all and changes any at any time (figures a unit
 * sent by e-mail, a late correction). A unit's representative reads only its own unit's report, and changes it only
 * until the end of the deadline's day in Vietnam. Every service checks here; the pages only follow.
 */
@Component
class ReportAccess {

    private final CurrentAccount account;
    private final Clock clock;

    ReportAccess(CurrentAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    static boolean committee() {
        return CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
    }

    /** The unit a unit's representative speaks for. */
    long ownUnit() {
        return account.unitId().orElseThrow(() -> new AccessDeniedException(
                Texts.t("submission.access.noUnit")));
    }

    /** The committee may touch any unit's report; a unit only its own. */
    void checkUnit(long unitId) {
        if (!committee() && ownUnit() != unitId) {
            throw new AccessDeniedException(Texts.t("submission.report.otherUnit"));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.VIETNAM));
    }

    /** Whether a unit may still change its report: no deadline, or not past the deadline's day. */
    boolean open(LocalDate deadline) {
        return deadline == null || !today().isAfter(deadline);
    }

    void checkCanChange(LocalDate deadline) {
        if (!committee() && !open(deadline)) {
            throw new AccessDeniedException(Texts.t("submission.report.closed", Times.DATE.format(deadline)));
        }
    }
}
