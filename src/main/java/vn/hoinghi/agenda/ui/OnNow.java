package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.point.PointNames;

/**
 * The item on now as the big screens show it: its kind, title, who speaks and where from, with the time left on
 * the screen's own clock; before the start and after the end, the conference's title or the closing thanks.
 */
class OnNow extends Div {

    private final Span label = new Span();
    private final H1 title = new H1();
    private final Paragraph presenter = new Paragraph();
    private final Paragraph source = new Paragraph();
    private final LiveTimer remaining;

    OnNow(LiveTimer remaining) {
        this.remaining = remaining;
        addClassName("hn-hall-main");
        label.addClassName("hn-hall-label");
        title.addClassName("hn-hall-title");
        presenter.addClassName("hn-hall-presenter");
        source.addClassName("hn-hall-source");
        add(label, title, presenter, source);
    }

    /** {@code fromHall} is what the source line says for an item from the hall (empty on the hall's own screen). */
    void show(AgendaLive live, String conferenceTitle, String fromHall) {
        AgendaSlot current = live.current();
        remaining.setVisible(current != null);
        if (current == null) {
            label.setText(getTranslation(live.ended() ? "hall.ended" : "hall.soon"));
            title.setText(live.ended() ? getTranslation("hall.thanks") : conferenceTitle);
            presenter.setText("");
            source.setText("");
            return;
        }
        label.setText(getTranslation(current.item().kind().key()));
        title.setText(current.item().title());
        presenter.setText(McView.join(current.item().presenterLine(), current.item().unitName()));
        source.setText(current.item().remote()
                ? getTranslation("live.from.point", PointNames.spoken(current.item().pointName())) : fromHall);
        remaining.show(live.remaining(), live.state().running());
    }
}
