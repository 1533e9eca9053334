package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionDetail;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.SubmissionService;

/**
 * One contribution as its unit sees it: topic, deadline and days left, status, the committee's comment, the versions
 * sent (each downloadable), the upload while the committee has not decided, and the speaker.
 */
class ContributionCard extends Div {

    ContributionCard(SubmissionService submissions, ContributionDetail detail, LocalDate today, List<MeetingPoint> points,
                     Runnable onChanged) {
        Contribution c = detail.contribution();
        addClassName("hn-contrib-card");
        getElement().setAttribute("data-contribution", Long.toString(c.id()));
        Span number = new Span(getTranslation("contrib.unit.number", c.position()));
        number.addClassName("hn-contrib-number");
        Div head = new Div(number, Badges.status(c.status()));
        head.addClassName("hn-contrib-card-head");
        H3 topic = new H3(c.topic());
        topic.addClassName("hn-contrib-topic");
        Div deadline = new Div(new Span(getTranslation("contrib.unit.deadline", Times.DATE.format(c.deadline()))));
        deadline.addClassName("hn-contrib-deadline");
        Span left = Badges.deadline(c, today);
        if (left != null) {
            deadline.add(left);
        }
        add(head, topic, deadline);
        if (c.notes() != null) {
            Paragraph notes = new Paragraph(getTranslation("contrib.notes", c.notes()));
            notes.addClassName("hn-help");
            add(notes);
        }
        detail.lastReview().filter(r -> r.comment() != null).ifPresent(r -> {
            Div comment = new Div(new Span(getTranslation("contrib.unit.comment", r.versionNumber(),
                    getTranslation("contrib.decision." + r.decision()))), new Paragraph(r.comment()));
            comment.addClassName("hn-contrib-comment");
            add(comment);
        });
        if (c.status() == ContributionStatus.ACCEPTED && c.delivery() != null) {
            add(new Paragraph(getTranslation("contrib.unit.delivery", getTranslation("contrib.delivery." + c.delivery()))));
        }
        add(new H4(getTranslation("contrib.review.versions")), new VersionList(submissions, detail.versions()));
        if (c.status().acceptsUploads()) {
            add(new H4(getTranslation("contrib.unit.upload")), new UnitUpload(submissions, c.id(), today.isAfter(c.deadline()),
                    onChanged));
        } else {
            Paragraph closed = new Paragraph(getTranslation("contrib.unit.closed", getTranslation("contrib.status." + c.status())));
            closed.addClassName("hn-help");
            add(closed);
        }
        if (c.status() != ContributionStatus.REFUSED) {
            add(new H4(getTranslation("contrib.review.speaker")), new SpeakerForm(submissions, c, points, onChanged));
        }
    }
}
