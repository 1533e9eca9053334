package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import vn.hoinghi.submission.ContributionReview;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.ReviewService;
import vn.hoinghi.submission.SubmissionService;

/** One contribution for the committee: its versions to download, the decision, the speaker, and the review history. */
class ReviewDialog extends Dialog {

    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final List<MeetingPoint> points;
    private final long id;
    private final Runnable onChanged;

    ReviewDialog(SubmissionService submissions, ReviewService reviews, List<MeetingPoint> points, long id,
                 Runnable onChanged) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.points = points;
        this.id = id;
        this.onChanged = onChanged;
        setWidth("min(60rem, 100vw)");
        addClassName("hn-review-dialog");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        load();
    }

    private void load() {
        removeAll();
        ContributionDetail detail = submissions.detail(id);
        Contribution c = detail.contribution();
        LocalDate today = submissions.today();
        setHeaderTitle(getTranslation("contrib.review.title", c.position(), c.unitName()));
        H3 topic = new H3(c.topic());
        topic.addClassName("hn-contrib-topic");
        Div facts = new Div(new Span(getTranslation("contrib.unit.deadline", Times.DATE.format(c.deadline()))),
                Badges.status(c.status()));
        Span left = Badges.deadline(c, today);
        if (left != null) {
            facts.add(left);
        }
        facts.addClassName("hn-contrib-deadline");
        add(topic, facts);
        if (c.notes() != null) {
            Paragraph notes = new Paragraph(getTranslation("contrib.notes", c.notes()));
            notes.addClassName("hn-help");
            add(notes);
        }
        add(new H4(getTranslation("contrib.review.versions")), new VersionList(submissions, detail.versions()));
        if (c.latestVersion() > 0) {
            add(new DecisionPanel(reviews, c, this::changed));
        }
        if (c.status() != ContributionStatus.REFUSED) {
            add(new H4(getTranslation("contrib.review.speaker")), new SpeakerForm(submissions, c, points, this::changed));
        }
        add(new H4(getTranslation("contrib.review.history")), history(detail.reviews()));
    }

    private void changed() {
        load();
        onChanged.run();
    }

    private com.vaadin.flow.component.Component history(List<ContributionReview> list) {
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contrib.review.noHistory"));
            none.addClassName("hn-help");
            return none;
        }
        Grid<ContributionReview> grid = new Grid<>();
        grid.addColumn(r -> Times.DATE_TIME.format(Times.local(r.decidedAt()))).setHeader(getTranslation("contrib.review.col.when"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> "v" + r.versionNumber()).setHeader(getTranslation("contrib.review.col.version"))
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("contrib.decision." + r.decision()))
                .setHeader(getTranslation("contrib.review.col.decision")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(ContributionReview::comment).setHeader(getTranslation("contrib.review.col.comment")).setFlexGrow(1);
        grid.addColumn(ContributionReview::decidedBy).setHeader(getTranslation("contrib.review.col.who")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("hn-review-history");
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
