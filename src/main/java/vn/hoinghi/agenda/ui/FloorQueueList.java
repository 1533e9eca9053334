package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.base.Times;
import vn.hoinghi.floor.FloorBoard;
import vn.hoinghi.floor.FloorLine;

/** The technicians' small list of the points waiting for the floor, in the order asked, under the sources. */
@StyleSheet("themes/hoinghi/floor.css")
class FloorQueueList extends Div {

    private static final int SHOWN = 8;

    FloorQueueList() {
        addClassName("hn-floor-queue");
        setVisible(false);
    }

    void show(FloorBoard board) {
        removeAll();
        setVisible(!board.waiting().isEmpty());
        Span heading = new Span(getTranslation("floor.tech.queue", board.waiting().size()));
        heading.addClassName("hn-floor-queue-heading");
        add(heading);
        board.waiting().stream().limit(SHOWN).forEach(line -> {
            Div row = new Div(new Span(Times.local(line.request().requestedAt()).format(Times.TIME)),
                    new Span(source(this, line)), new Span(speakerLine(line)));
            row.addClassName("hn-floor-queue-row");
            add(row);
        });
    }

    /** "Switch source: <point>" for the speaker given the floor. */
    static String switchTo(Component in, FloorLine line) {
        return in.getTranslation("floor.tech.switch", source(in, line));
    }

    /** "Speaker — topic". */
    static String speakerLine(FloorLine line) {
        String topic = line.request().topic();
        return topic == null ? line.request().speaker() : line.request().speaker() + " — " + topic;
    }

    /** The point's name, or the hall. */
    static String source(Component in, FloorLine line) {
        return line.fromPoint() ? line.pointName() : in.getTranslation("floor.source.hall");
    }
}
