package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionStatus;

/** The small labels of the contribution pages: status, days left or overdue, late. Words, never only a colour. */
final class Badges {

    private Badges() {
    }

    static Span status(ContributionStatus status) {
        Span badge = badge("contrib.status." + status, switch (status) {
            case ASSIGNED -> "contrast";
            case SUBMITTED -> "hn-badge-waiting";
            case CHANGES_REQUESTED -> "hn-badge-changes";
            case ACCEPTED -> "success";
            case REFUSED -> "error";
        });
        badge.addClassName("hn-contrib-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** "Còn 3 ngày", "Hôm nay là hạn cuối", or "Quá hạn 2 ngày" while the unit still owes its text; else nothing. */
    static Span deadline(Contribution c, LocalDate today) {
        if (!c.status().waitingForUnit()) {
            return null;
        }
        long left = c.daysLeft(today);
        Span badge = left < 0 ? badge("contrib.overdueDays", "error", -left)
                : left == 0 ? badge("contrib.dueToday", "hn-badge-changes") : badge("contrib.daysLeft", "contrast", left);
        badge.addClassName(left < 0 ? "hn-contrib-overdue" : "hn-contrib-days-left");
        return badge;
    }

    static Span late() {
        Span badge = badge("contrib.late", "error");
        badge.addClassName("hn-contrib-late");
        return badge;
    }

    private static Span badge(String key, String theme, Object... params) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(key, params));
        badge.getElement().getThemeList().add("badge pill small " + theme);
        return badge;
    }
}
