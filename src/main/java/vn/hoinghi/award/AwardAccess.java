package vn.hoinghi.award;

import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.CurrentUser;

/**
 * Who may see and change which nominations. The committee sees and changes all of them. A unit's representative
 * sees only its own unit's proposals, and adds, edits or withdraws them only while they wait for appraisal and
 * only before the conference's deadline. Every service checks here; the views only follow.
 */
@Component
class AwardAccess {


    /** Who runs the ceremony on the day: the committee and the MC. */
    /** Who watches the ceremony: also the screens and the points, each display only its own conference. */
    static final String WATCH = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC + "','"
            + AppRoles.POINT + "','" + AppRoles.SCREEN + "') and " + AppRoles.SERVED_CONFERENCE;

    private final CurrentAccount account;
    private final ConferenceAccess conferences;
    private final QuotaService quotas;
    private final Clock clock;

    AwardAccess(CurrentAccount account, ConferenceAccess conferences, QuotaService quotas, Clock clock) {
        this.account = account;
        this.conferences = conferences;
        this.quotas = quotas;
        this.clock = clock;
    }

    static boolean committee() {
        return CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
    }

    /** Null for the committee (every unit); the caller's own unit for a unit's representative. */
    Long unitScope() {
        if (committee()) {
            return null;
        }
        return account.unitId().orElseThrow(() -> new AccessDeniedException(
                Texts.t("awards.unit.noUnit")));
    }

    /** Refuses an account that does not serve this conference (decision 021). */
    void checkServes(long conferenceId) {
        conferences.check(conferenceId);
    }

    /** A nomination of a conference this account does not serve is refused before anything else is said of it. */
    void checkCanSee(Nomination n) {
        checkServes(n.conferenceId());
        Long unit = unitScope();
        if (unit != null && unit != n.proposingUnitId()) {
            throw new AccessDeniedException(Texts.t("award.otherUnit"));
        }
    }

    /** A unit changes its own proposal only while it waits for appraisal, and only before the deadline. */
    void checkCanChange(Nomination n) {
        checkCanSee(n);
        if (!committee()) {
            if (n.status() != NominationStatus.PROPOSED) {
                throw new AccessDeniedException(Texts.t("award.alreadyAppraised",
                        Texts.t(n.status().key())));
            }
            checkBeforeDeadline(n.conferenceId());
        }
    }

    /** A unit submits only before the deadline; the committee may still add late proposals. */
    void checkBeforeDeadline(long conferenceId) {
        if (committee()) {
            return;
        }
        var deadline = quotas.settings(conferenceId).effectiveDeadline();
        if (!clock.instant().isBefore(deadline)) {
            throw new AccessDeniedException(Texts.t("award.deadlinePassed",
                    Times.DATE_TIME.format(Times.local(deadline))));
        }
    }
}
