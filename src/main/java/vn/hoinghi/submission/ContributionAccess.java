package vn.hoinghi.submission;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.CurrentUser;

/**
 * Who may see and change which contributions. The committee sees all of them; a unit's representative sees, sends
 * and names the speaker of its own unit's only. Every service checks here; the views only follow.
 */
@Component
class ContributionAccess {


    private final CurrentAccount account;
    private final ConferenceAccess conferences;

    ContributionAccess(CurrentAccount account, ConferenceAccess conferences) {
        this.account = account;
        this.conferences = conferences;
    }

    static boolean committee() {
        return CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
    }

    /** Null for the committee (every unit); the caller's own unit for a unit's representative. */
    Long unitScope() {
        return committee() ? null : ownUnit();
    }

    /** The unit the signed-in representative speaks for. */
    long ownUnit() {
        return account.unitId().orElseThrow(() -> new AccessDeniedException(
                Texts.t("submission.access.noUnit")));
    }

    /** A contribution of a conference this account does not serve is refused before anything else is said of it. */
    void checkCanSee(Contribution c) {
        conferences.check(c.conferenceId());
        Long unit = unitScope();
        if (unit != null && unit != c.unitId()) {
            throw new AccessDeniedException(Texts.t("submission.access.otherUnit"));
        }
    }
}
