package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinService;

/** The last check-ins at this gate. Committee members may annul one within 15 minutes; gate accounts only see them. */
class RecentCheckins extends Div {

    static final int LIMIT = 12;
    static final Duration ANNUL_WINDOW = Duration.ofMinutes(15);

    private final CheckinService checkins;
    private final long conferenceId;
    private final Clock clock;
    private final boolean committee;
    private final Runnable afterDialog;
    private final H3 title = new H3();
    final Div rows = new Div();
    private String gate;

    RecentCheckins(CheckinService checkins, long conferenceId, Clock clock, boolean committee, Runnable afterDialog) {
        this.checkins = checkins;
        this.conferenceId = conferenceId;
        this.clock = clock;
        this.committee = committee;
        this.afterDialog = afterDialog;
        addClassName("hn-gate-recent");
        rows.addClassName("hn-gate-recent-rows");
        add(title, rows);
    }

    void show(String gate) {
        this.gate = gate;
        title.setText(getTranslation("gate.recent", gate));
        rows.removeAll();
        List<Checkin> list = checkins.recent(conferenceId, gate, LIMIT);
        if (list.isEmpty()) {
            Span none = new Span(getTranslation("gate.recent.none"));
            none.addClassName("hn-count");
            rows.add(none);
        }
        list.forEach(c -> rows.add(row(c)));
    }

    private Div row(Checkin c) {
        Span time = new Span(Times.TIME.format(Times.local(c.at())));
        time.addClassName("hn-gate-recent-time");
        Div who = new Div(new Span(c.attendeeName()));
        who.addClassName("hn-gate-recent-who");
        if (c.substitute()) {
            who.add(note(getTranslation("gate.recent.substitute")));
        }
        if (c.annulled()) {
            who.add(note(getTranslation("gate.recent.annulled", c.annulReason())));
        }
        Span where = new Span(c.gate());
        where.addClassName("hn-count");
        Div row = new Div(time, who, where);
        row.addClassName("hn-gate-recent-row");
        if (c.annulled()) {
            row.addClassName("hn-annulled");
        } else if (committee && Duration.between(c.at(), clock.instant()).compareTo(ANNUL_WINDOW) <= 0) {
            Button annul = new Button(getTranslation("gate.annul"), e -> new AnnulDialog(checkins, c, () -> show(gate),
                    afterDialog).open());
            annul.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            annul.getElement().setAttribute("aria-label", getTranslation("gate.annul.of", c.attendeeName()));
            row.add(annul);
        }
        return row;
    }

    private static Span note(String text) {
        Span s = new Span(text);
        s.addClassName("hn-substitute");
        return s;
    }
}
