package vn.hoinghi.point.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.StateCounts;

/**
 * The wall's top band, which stays in view while the rows scroll: the page's title and the "only trouble" switch,
 * every state's total with its name, and the people present against those expected.
 */
class WallBand extends Div {

    private final Div totals = new Div();
    private final Span people = new Span();
    private final Checkbox filter = new Checkbox();

    WallBand(Consumer<Boolean> onlyTrouble) {
        addClassNames("hn-wall-band", "hn-wall-grid");
        filter.setLabel(getTranslation("wall.onlyTrouble"));
        filter.addClassName("hn-wall-filter");
        filter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onlyTrouble.accept(e.getValue());
            }
        });
        Div title = new Div(new H2(getTranslation("nav.pointStatus")), filter);
        title.addClassName("hn-wall-title");
        totals.addClassName("hn-wall-totals");
        Span peopleLabel = new Span(getTranslation("wall.presentExpected"));
        peopleLabel.addClassName("hn-wall-label");
        people.addClassName("hn-wall-total-people");
        Div peopleCell = new Div(peopleLabel, people);
        peopleCell.addClassName("hn-wall-total");
        add(title, totals, peopleCell);
    }

    /** The filter as the page's address sets it. */
    void onlyTrouble(boolean only) {
        filter.setValue(only);
    }

    void show(StateCounts counts) {
        totals.removeAll();
        List<Span> numbers = WallColumns.counts(counts, "hn-wall-number");
        for (int i = 0; i < numbers.size(); i++) {
            String name = i < WallColumns.STATES.size() ? stateName(WallColumns.STATES.get(i))
                    : getTranslation("wall.silent");
            Span label = new Span(name);
            label.addClassName("hn-wall-label");
            Div cell = new Div(label, numbers.get(i));
            cell.addClassName("hn-wall-total");
            totals.add(cell);
        }
        people.setText(counts.present() + "/" + counts.expected());
    }

    private String stateName(ConnectionStatus status) {
        return getTranslation("point.status." + status);
    }
}
