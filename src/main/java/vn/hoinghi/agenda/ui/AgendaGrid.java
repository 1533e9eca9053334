package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.base.Times;
import vn.hoinghi.point.PointNames;

/**
 * The programme in order with planned times. Editors drag rows to reorder them (or use the up/down buttons,
 * which a keyboard reaches); a click on a row shows the MC's script.
 */
class AgendaGrid extends Grid<AgendaSlot> {

    /** What the editor asks for; the view calls the service. */
    interface Actions {
        void reorder(List<Long> ids);

        void move(AgendaItem item, int steps);

        void edit(AgendaItem item);

        void delete(AgendaItem item);
    }

    private List<AgendaSlot> slots = List.of();
    private AgendaSlot dragged;

    AgendaGrid(boolean editor, Actions actions) {
        addClassName("hn-agenda-grid");
        addColumn(s -> s.item().position()).setHeader(getTranslation("agenda.col.order")).setWidth("4rem").setFlexGrow(0);
        addComponentColumn(this::timeCell).setHeader(getTranslation("agenda.col.time")).setWidth("10rem").setFlexGrow(0);
        addColumn(s -> s.item().plannedMinutes()).setHeader(getTranslation("agenda.col.minutes")).setWidth("4.5rem")
                .setFlexGrow(0);
        addComponentColumn(s -> badge(getTranslation("agenda.kind." + s.item().kind()), "hn-agenda-kind"))
                .setHeader(getTranslation("agenda.col.kind")).setWidth("9.5rem").setFlexGrow(0);
        addComponentColumn(this::titleCell).setHeader(getTranslation("agenda.col.title")).setFlexGrow(4).setWidth("14rem");
        addComponentColumn(this::presenterCell).setHeader(getTranslation("agenda.col.presenter")).setFlexGrow(2)
                .setWidth("10rem");
        if (editor) {
            addComponentColumn(s -> buttons(s.item(), actions)).setWidth("13rem").setFlexGrow(0);
            setRowsDraggable(true);
            setDropMode(GridDropMode.BETWEEN);
            addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
            addDragEndListener(e -> dragged = null);
            addDropListener(e -> {
                AgendaSlot target = e.getDropTargetItem().orElse(null);
                if (dragged == null || target == null || target.equals(dragged)) {
                    return;
                }
                List<AgendaSlot> order = new ArrayList<>(slots);
                order.remove(dragged);
                int at = order.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                order.add(at, dragged);
                actions.reorder(order.stream().map(s -> s.item().id()).toList());
            });
        }
        setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        setDetailsVisibleOnClick(true);
        setPartNameGenerator(s -> s.item().remote() ? "hn-agenda-remote" : null);
    }

    void show(List<AgendaSlot> slots) {
        this.slots = slots;
        setItems(slots);
    }

    private Div timeCell(AgendaSlot s) {
        Div cell = new Div(new Span(time(s.start()) + " – " + time(s.end())));
        cell.addClassName("hn-agenda-time");
        return cell;
    }

    private Div titleCell(AgendaSlot s) {
        Div cell = new Div(new Span(s.item().title()));
        cell.addClassName("hn-name-cell");
        if (s.item().remote()) {
            cell.add(badge(getTranslation("agenda.fromPoint", PointNames.inSentence(s.item().pointName())), "hn-agenda-point"));
        }
        return cell;
    }

    private Div presenterCell(AgendaSlot s) {
        Div cell = new Div(new Span(s.item().presenterLine() == null ? "" : s.item().presenterLine()));
        cell.addClassName("hn-name-cell");
        if (s.item().unitName() != null) {
            Span unit = new Span(s.item().unitName());
            unit.addClassName("hn-substitute");
            cell.add(unit);
        }
        return cell;
    }

    private HorizontalLayout buttons(AgendaItem item, Actions actions) {
        Button up = icon(VaadinIcon.ARROW_UP, "agenda.moveUp", () -> actions.move(item, -1));
        up.setEnabled(item.position() > 1);
        up.addClassName("hn-agenda-up");
        Button down = icon(VaadinIcon.ARROW_DOWN, "agenda.moveDown", () -> actions.move(item, 1));
        down.setEnabled(item.position() < slots.size());
        down.addClassName("hn-agenda-down");
        Button edit = icon(VaadinIcon.EDIT, "agenda.edit", () -> actions.edit(item));
        Button delete = icon(VaadinIcon.TRASH, "agenda.delete", () -> actions.delete(item));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(up, down, edit, delete);
        row.setSpacing(false);
        return row;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        return b;
    }

    private Div details(AgendaSlot s) {
        Div box = new Div();
        box.addClassName("hn-agenda-details");
        Div script = new Div(s.item().script() == null ? getTranslation("agenda.noScript") : s.item().script());
        script.addClassName("hn-agenda-script");
        box.add(new Span(getTranslation("agenda.script")), script);
        if (s.item().notes() != null) {
            Div notes = new Div(s.item().notes());
            notes.addClassName("hn-agenda-script");
            box.add(new Span(getTranslation("agenda.notes")), notes);
        }
        return box;
    }

    static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge small");
        badge.addClassName(className);
        return badge;
    }

    static String time(Instant instant) {
        return instant == null ? "—" : Times.TIME.format(Times.local(instant));
    }
}
