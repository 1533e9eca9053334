package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.html.Span;
import vn.hoinghi.submission.report.ReportStatus;

/** A report's status as a coloured badge with its words (never the colour alone). */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ReportStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("reports.status." + status));
        badge.getElement().getThemeList().add(switch (status) {
            case SUBMITTED -> "badge success";
            case DRAFT -> "badge contrast";
            case NOT_STARTED -> "badge contrast";
        });
        badge.addClassNames("hn-report-status", "hn-report-status-" + status.name().toLowerCase());
        return badge;
    }
}
