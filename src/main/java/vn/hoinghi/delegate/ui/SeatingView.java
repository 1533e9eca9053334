package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.SeatPlan;
import vn.hoinghi.delegate.SeatingService;
import vn.hoinghi.security.AppRoles;

/** The hall's seat map: define rows, seat everyone automatically, then click a person and a seat to move them. */
@Route(ConferencePath.ROUTE + "/seating")
@Menu(title = "nav.seating", order = 130, icon = "vaadin:grid-small")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class SeatingView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final SeatingService seating;
    private final ConferenceService conferences;
    private final DelegateActions actions;
    private final Div map = new Div();
    private final Div unseated = new Div();
    private final Span summary = new Span();
    private final IntegerField rowCount = new IntegerField();
    private final IntegerField seatsPerRow = new IntegerField();
    private final IntegerField reservedRows = new IntegerField();
    private Conference conference;
    private Delegate selected;

    SeatingView(SeatingService seating, ConferenceService conferences, DelegateActions actions) {
        this.seating = seating;
        this.conferences = conferences;
        this.actions = actions;
        addClassName("hn-seating");
        rowCount.setLabel(getTranslation("seating.rows"));
        seatsPerRow.setLabel(getTranslation("seating.seatsPerRow"));
        reservedRows.setLabel(getTranslation("seating.reservedRows"));
        for (IntegerField f : new IntegerField[] {rowCount, seatsPerRow, reservedRows}) {
            f.setMin(0);
            f.setStepButtonsVisible(true);
            f.setWidth("9rem");
        }
        map.addClassName("hn-seatmap");
        unseated.addClassName("hn-unseated");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        Button layout = new Button(getTranslation("seating.define"), e -> act(() -> seating.defineRows(conference.id(),
                SeatingService.uniformRows(value(rowCount), value(seatsPerRow), value(reservedRows)))));
        Button auto = new Button(getTranslation("seating.auto"), VaadinIcon.MAGIC.create(),
                e -> act(() -> report(seating.autoAssign(conference.id(), false))));
        auto.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button again = new Button(getTranslation("seating.reseat"), e -> act(() -> report(seating.autoAssign(conference.id(), true))));
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.seating")), summary);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout tools = new HorizontalLayout(rowCount, seatsPerRow, reservedRows, layout, auto, again);
        tools.add(actions.seatPlanLink(conference.id()), actions.platesLink(conference.id(), "seating.plates"));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        HorizontalLayout body = new HorizontalLayout(map, unseated);
        body.setWidthFull();
        body.setFlexGrow(1, map);
        add(top, tools, new Span(getTranslation("seating.help")), body);
        refresh();
    }

    private void refresh() {
        SeatPlan plan = seating.plan(conference.id());
        if (!plan.rows().isEmpty() && rowCount.isEmpty()) {
            rowCount.setValue(plan.rows().size());
            seatsPerRow.setValue(plan.rows().getFirst().row().seatCount());
            reservedRows.setValue((int) plan.rows().stream().filter(r -> r.row().reserved()).count());
        }
        summary.setText(getTranslation("seating.summary", plan.seated(), plan.capacity(), plan.unseated().size()));
        summary.addClassName("hn-count");
        map.removeAll();
        Div stage = new Div(getTranslation("seating.stage"));
        stage.addClassName("hn-stage");
        map.add(stage);
        for (SeatPlan.Row row : plan.rows()) {
            Div line = new Div(new Span(row.row().label()));
            line.addClassName("hn-seat-row");
            if (row.row().reserved()) {
                line.addClassName("hn-reserved");
            }
            for (int i = 0; i < row.seats().size(); i++) {
                line.add(seat(row.row().label(), i + 1, row.seats().get(i)));
            }
            map.add(line);
        }
        unseated.removeAll();
        unseated.add(new H4(getTranslation("seating.unseated", plan.unseated().size())));
        plan.unseated().forEach(d -> {
            Div person = new Div(d.fullName());
            person.addClassName("hn-unseated-person");
            if (selected != null && selected.id() == d.id()) {
                person.addClassName("hn-selected");
            }
            person.addClickListener(e -> select(d));
            unseated.add(person);
        });
    }

    private Div seat(String row, int number, Delegate d) {
        Div seat = new Div(new Span(row + number));
        seat.addClassName("hn-seat");
        if (d != null) {
            seat.addClassName("hn-taken");
            seat.add(new Span(shortName(d.fullName())));
            seat.getElement().setAttribute("title", d.fullName() + (d.title() == null ? "" : " – " + d.title()));
            if (selected != null && selected.id() == d.id()) {
                seat.addClassName("hn-selected");
            }
        }
        seat.addClickListener(e -> {
            if (selected != null) {
                Delegate moving = selected;
                selected = null;
                act(() -> seating.move(conference.id(), moving.id(), row, number));
            } else if (d != null) {
                select(d);
            }
        });
        return seat;
    }

    private void select(Delegate d) {
        selected = selected != null && selected.id() == d.id() ? null : d;
        refresh();
    }

    private void report(int left) {
        Notifications.success(left == 0 ? getTranslation("seating.allSeated") : getTranslation("seating.left", left));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
        refresh();
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    /** "Nguyễn Văn An" → "Văn An": what fits on a seat. */
    private static String shortName(String name) {
        String[] words = name.split(" ");
        return words.length <= 2 ? name : words[words.length - 2] + " " + words[words.length - 1];
    }
}
