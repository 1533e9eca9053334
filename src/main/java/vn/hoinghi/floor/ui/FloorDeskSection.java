package vn.hoinghi.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.floor.DeskFloor;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * "Xin phát biểu" at a point's desk, made for a phone: shown while the item on now takes requests (or while the point
 * has the floor); a speaker's name and topic and one button; then the request's place in the list with a withdraw
 * button, and a banner while the point has the floor.
 */
@StyleSheet("themes/hoinghi/floor.css")
class FloorDeskSection extends Div {

    private final FloorService floor;
    private final FloorBoardService boards;
    private final long pointId;
    /** Made the first time the form shows: most desks never see a discussion, and 250 desks keep their pages open. */
    private TextField speaker;
    private TextField topic;
    private final Div form = new Div();
    private final Div state = new Div();
    private final FloorClock clock = new FloorClock();

    private final Consumer<Runnable> guarded;

    /** {@code guarded}: the desk's own guard, which reloads the page once the caller may no longer run this desk. */
    FloorDeskSection(FloorService floor, FloorBoardService boards, LiveHub hub, long conferenceId, long pointId,
                     Consumer<Runnable> guarded) {
        this.guarded = guarded;
        this.floor = floor;
        this.boards = boards;
        this.pointId = pointId;
        addClassNames("hn-desk-section", "hn-floor-desk");
        form.addClassName("hn-floor-form");
        state.addClassName("hn-floor-state");
        add(new H3(getTranslation("floor.desk.title")), state, form);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.AGENDA, LiveTopic.FLOOR),
                () -> guarded(this::refresh));
        guarded(this::refresh);
    }

    private void buildForm() {
        speaker = new TextField(getTranslation("floor.desk.speaker"));
        speaker.setWidthFull();
        speaker.setMaxLength(FloorService.MAX_SPEAKER);
        topic = new TextField(getTranslation("floor.desk.topic"));
        topic.setWidthFull();
        topic.setMaxLength(FloorService.MAX_TOPIC);
        Button ask = new Button(getTranslation("floor.desk.ask"), e -> guarded(this::ask));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        ask.addClassName("hn-floor-ask");
        Paragraph help = new Paragraph(getTranslation("floor.desk.help"));
        help.addClassName("hn-floor-help");
        form.add(help, speaker, topic, ask);
    }

    private void ask() {
        FieldErrors.clear(fields());
        try {
            floor.ask(pointId, speaker.getValue(), topic.getValue());
            Notifications.success(getTranslation("floor.desk.asked"));
        } catch (ValidationException e) {
            String rest = FieldErrors.show(e.fieldErrors(), fields());
            if (rest != null && !rest.isBlank()) {
                Notifications.error(rest);
            }
        }
        refresh();
    }

    private void withdraw(FloorRequest request) {
        try {
            floor.withdraw(request.id());
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private Map<String, TextField> fields() {
        return Map.of("speaker", speaker, "topic", topic);
    }

    private void refresh() {
        DeskFloor desk = boards.desk(pointId);
        setVisible(desk.open() || desk.speaking());
        state.removeAll();
        FloorRequest mine = desk.mine();
        state.setVisible(mine != null);
        boolean asking = desk.open() && !desk.speaking() && !desk.waiting();
        if (asking && speaker == null) {
            buildForm();
        }
        form.setVisible(asking);
        if (mine == null) {
            return;
        }
        if (desk.speaking()) {
            Div banner = new Div(new Span(getTranslation("floor.desk.speaking")), clock);
            banner.addClassName("hn-floor-banner");
            clock.show(mine.spoken(desk.now()));
            state.add(banner, line(mine));
        } else if (desk.waiting()) {
            Span place = new Span(getTranslation("floor.desk.waiting", desk.place()));
            place.addClassName("hn-floor-place");
            Button withdraw = new Button(getTranslation("floor.desk.withdraw"), e -> guarded(() -> withdraw(mine)));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            state.add(place, line(mine), withdraw);
        } else if (mine.state() == FloorState.DECLINED) {
            state.add(note(getTranslation("floor.desk.declined", mine.speaker())));
        } else if (mine.state() == FloorState.DONE) {
            state.add(note(getTranslation("floor.desk.done", mine.speaker(), FloorClock.text(mine.spoken(desk.now())))));
        } else {
            state.setVisible(false);
        }
    }

    private static Paragraph line(FloorRequest r) {
        Paragraph p = new Paragraph(r.topic() == null ? r.speaker() : r.speaker() + " — " + r.topic());
        p.addClassName("hn-floor-line");
        return p;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hn-floor-note");
        return p;
    }

    private void guarded(Runnable action) {
        guarded.accept(action);
    }
}
