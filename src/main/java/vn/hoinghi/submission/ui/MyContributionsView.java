package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.SubmissionService;

/** A unit's own contributions in the current conference, one card each; the services refuse anyone else's. */
@Route(ConferencePath.ROUTE + "/my-contributions")
@Menu(title = "nav.myContributions", order = 160, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed(AppRoles.UNIT)
@StyleSheet("themes/hoinghi/contributions.css")
class MyContributionsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final SubmissionService submissions;
    private final ConferenceService conferences;
    private final PointService points;
    private Conference conference;

    MyContributionsView(SubmissionService submissions, ConferenceService conferences, PointService points) {
        this.submissions = submissions;
        this.conferences = conferences;
        this.points = points;
        addClassName("hn-my-contributions");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("contrib.unit.title")));
        List<Contribution> mine;
        try {
            mine = submissions.mine(conference.id());
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("contrib.unit.noUnit")));
            return;
        }
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("contrib.unit.empty")));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("contrib.unit.help", mine.getFirst().unitName(), conference.title(),
                submissions.maxMegabytes()));
        help.addClassName("hn-help");
        add(help);
        List<MeetingPoint> pointList = points.list(conference.id());
        for (Contribution c : mine) {
            add(new ContributionCard(submissions, submissions.detail(c.id()), submissions.today(), pointList, this::refresh));
        }
    }
}
