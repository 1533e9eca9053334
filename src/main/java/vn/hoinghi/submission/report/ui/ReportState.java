package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.base.Times;
import vn.hoinghi.submission.report.ReportSheet;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.UnitReport;

/** Where a unit's report stands, in words: its status with when, and the deadline. */
class ReportState extends Div {

    ReportState(ReportSheet sheet) {
        addClassName("hn-report-state");
        add(StatusBadge.of(sheet.status()));
        UnitReport r = sheet.report();
        Span when = new Span();
        if (sheet.status() == ReportStatus.SUBMITTED) {
            when.setText(getTranslation("reports.state.submitted", Times.DATE_TIME.format(Times.local(r.submittedAt())))
                    + (r.changedAt() != null && r.changedAt().isAfter(r.submittedAt())
                    ? " " + getTranslation("reports.state.changed", Times.DATE_TIME.format(Times.local(r.changedAt()))) : ""));
        } else if (r != null && r.changedAt() != null) {
            when.setText(getTranslation("reports.state.saved", Times.DATE_TIME.format(Times.local(r.changedAt()))));
        }
        Span deadline = new Span(sheet.deadline() == null ? getTranslation("reports.deadline.none")
                : getTranslation("reports.deadline", Times.DATE.format(sheet.deadline())));
        deadline.addClassName("hn-report-deadline");
        add(when, deadline);
        if (!sheet.open()) {
            Span closed = new Span(getTranslation("reports.closed"));
            closed.addClassName("hn-report-closed");
            add(closed);
        }
    }
}
