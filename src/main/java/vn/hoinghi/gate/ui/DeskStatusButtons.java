package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.hoinghi.base.Times;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointState;

/** The six connection states as big buttons: one tap reports a state, the current one is lit in its colour. */
class DeskStatusButtons extends Div {

    private final Map<ConnectionStatus, Button> buttons = new EnumMap<>(ConnectionStatus.class);
    private final Span changed = new Span();

    DeskStatusButtons(Consumer<ConnectionStatus> onChoose) {
        addClassName("hn-desk-status");
        Div grid = new Div();
        grid.addClassName("hn-desk-status-grid");
        for (ConnectionStatus status : ConnectionStatus.values()) {
            Button b = new Button(getTranslation("point.status." + status), e -> onChoose.accept(status));
            b.addClassNames("hn-status-button", "hn-status-" + status);
            buttons.put(status, b);
            grid.add(b);
        }
        changed.addClassName("hn-desk-changed");
        add(grid, changed);
    }

    void show(PointState state) {
        buttons.forEach((status, b) -> {
            boolean current = status == state.status();
            b.getElement().setAttribute("aria-pressed", Boolean.toString(current));
            b.setClassName("hn-status-current", current);
        });
        changed.setText(state.changedAt() == null ? getTranslation("desk.status.never")
                : getTranslation("desk.status.changed", Times.TIME.format(Times.local(state.changedAt())),
                state.changedBy()));
    }
}
