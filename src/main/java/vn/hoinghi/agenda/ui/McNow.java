package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.point.PointNames;

/** The MC page's item on now: its status and kind, title, presenter and source point, and the two clocks. */
class McNow extends Div {

    private final Span status = new Span();
    private final Span kind = new Span();
    private final H1 title = new H1();
    private final Paragraph presenter = new Paragraph();
    private final Paragraph source = new Paragraph();
    private final LiveTimer elapsed = new LiveTimer(false, "hn-mc-elapsed");
    private final LiveTimer remaining = new LiveTimer(true, "hn-mc-remaining");
    private final Span allowed = new Span();

    McNow() {
        addClassName("hn-mc-now");
        status.addClassName("hn-mc-status");
        kind.addClassName("hn-mc-kind");
        title.addClassName("hn-mc-item-title");
        presenter.addClassName("hn-mc-presenter");
        source.addClassName("hn-mc-source");
        allowed.addClassName("hn-mc-allowed");
        Div clocks = new Div(box("live.elapsed", elapsed), box("live.remaining", remaining), allowed);
        clocks.addClassName("hn-mc-clocks");
        add(new Div(status, kind), title, presenter, source, clocks);
    }

    private Div box(String label, LiveTimer timer) {
        Span text = new Span(getTranslation(label));
        text.addClassName("hn-live-label");
        Div d = new Div(text, timer);
        d.addClassName("hn-mc-clock");
        return d;
    }

    void show(AgendaLive live, String conferenceTitle) {
        AgendaSlot current = live.current();
        if (current == null) {
            int total = live.agenda().slots().size();
            status.setText(getTranslation(live.ended() ? "live.ended" : total == 0 ? "live.empty" : "live.not.started"));
            kind.setText("");
            title.setText(live.ended() ? getTranslation("live.ended.title") : conferenceTitle);
            presenter.setText("");
            source.setText("");
            allowed.setText("");
            elapsed.show(Duration.ZERO, false);
            remaining.show(Duration.ZERO, false);
            return;
        }
        status.setText(getTranslation(live.state().paused() ? "live.paused" : "live.on.now"));
        kind.setText(getTranslation(current.item().kind().key()));
        title.setText(current.item().title());
        presenter.setText(McView.join(current.item().presenterLine(), current.item().unitName()));
        source.setText(current.item().remote()
                ? getTranslation("live.from.point", PointNames.spoken(current.item().pointName())) : "");
        allowed.setText(getTranslation("live.allowed", current.item().plannedMinutes())
                + (live.state().extraSeconds() > 0 ? getTranslation("live.extra", live.state().extraSeconds() / 60) : ""));
        elapsed.show(live.elapsed(), live.state().running());
        remaining.show(live.remaining(), live.state().running());
    }
}
