package vn.hoinghi.point;

import vn.hoinghi.base.Texts;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenLinkService;

/**
 * Who a report from a point's desk is said to come from: the account's name, or for a desk sign-in link (whose audit
 * name is "screen-{id}") the point's technician, who holds its card. The wall, the rehearsal's checklist and every
 * other desk report name their reporter so.
 */
public final class PointReporter {

    /** meeting_point.status_changed_by, headcount_by, rehearsal_check.checked_by. */
    public static final int MAX_LENGTH = 100;

    private PointReporter() {
    }

    /** The name of whoever is reporting for the point now. */
    public static String name(MeetingPoint point) {
        boolean byLink = ScreenLinkService.current().isPresent();
        String name = byLink ? point.technician() : CurrentUser.usernameOrSystem();
        if (name == null) {
            name = Texts.in(Texts.VIETNAMESE, "desk.reporter.link");
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
