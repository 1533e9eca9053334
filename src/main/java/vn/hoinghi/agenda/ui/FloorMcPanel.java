package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.floor.FloorBoard;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorLine;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * The MC's list of requests for the floor: who has it, with the time running and "Kết thúc"; then the requests of the
 * item on now in the order asked, each with "Mời phát biểu" and "Từ chối"; those left from an earlier item folded
 * away. A pressed button gives the focus back to the page, so the clicker's keys keep moving the programme.
 */
@StyleSheet("themes/hoinghi/floor.css")
class FloorMcPanel extends Div {

    private final FloorService floor;
    private final FloorBoardService boards;
    private final long conferenceId;
    private final Span heading = new Span();
    private final Div speaking = new Div();
    private final Div waiting = new Div();
    private final Details earlier = new Details();
    private final Div earlierRows = new Div();
    private final LiveTimer clock = new LiveTimer(false, "hn-floor-clock");

    FloorMcPanel(FloorService floor, FloorBoardService boards, LiveHub hub, long conferenceId) {
        this.floor = floor;
        this.boards = boards;
        this.conferenceId = conferenceId;
        addClassName("hn-floor-mc");
        heading.addClassName("hn-live-label");
        speaking.addClassName("hn-floor-speaking");
        waiting.addClassName("hn-floor-list");
        earlier.add(earlierRows);
        earlier.addClassName("hn-floor-earlier");
        add(heading, speaking, waiting, earlier);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.AGENDA, LiveTopic.FLOOR), this::refresh);
        refresh();
    }

    private void refresh() {
        FloorBoard board = boards.board(conferenceId);
        boolean any = board.speaking() != null || !board.waiting().isEmpty() || !board.earlier().isEmpty();
        setVisible(board.open() || any);
        heading.setText(getTranslation("floor.mc.title"));
        speaking.removeAll();
        speaking.setVisible(board.speaking() != null);
        if (board.speaking() != null) {
            FloorRequest r = board.speaking().request();
            clock.show(r.spoken(board.now()), true);
            Button end = button("floor.mc.end", ButtonVariant.LUMO_ERROR, () -> floor.end(r.id(), r.version()));
            Span label = new Span(getTranslation("floor.mc.speaking"));
            label.addClassName("hn-floor-speaking-label");
            speaking.add(label, who(board.speaking()), clock, end);
        }
        waiting.removeAll();
        if (board.waiting().isEmpty()) {
            Span none = new Span(getTranslation(board.open() ? "floor.mc.none" : "floor.mc.closed"));
            none.addClassName("hn-floor-none");
            waiting.add(none);
        }
        rows(waiting, board.waiting());
        earlierRows.removeAll();
        earlier.setVisible(!board.earlier().isEmpty());
        earlier.setSummaryText(getTranslation("floor.mc.earlier", board.earlier().size()));
        rows(earlierRows, board.earlier());
    }

    private void rows(Div into, List<FloorLine> lines) {
        int place = 1;
        for (FloorLine line : lines) {
            FloorRequest r = line.request();
            Span number = new Span(place++ + ".");
            Span since = new Span(getTranslation("floor.mc.since", Times.local(r.requestedAt()).format(Times.TIME)));
            since.addClassName("hn-floor-since");
            Div actions = new Div(
                    button("floor.mc.grant", ButtonVariant.LUMO_PRIMARY, () -> floor.grant(r.id(), r.version())),
                    button("floor.mc.decline", ButtonVariant.LUMO_TERTIARY, () -> floor.decline(r.id(), r.version())));
            actions.addClassName("hn-floor-actions");
            Div row = new Div(number, who(line), since, actions);
            row.addClassName("hn-floor-row");
            into.add(row);
        }
    }

    private Div who(FloorLine line) {
        Span source = new Span(FloorQueueList.source(this, line));
        source.addClassName("hn-floor-source");
        Span speaker = new Span(FloorQueueList.speakerLine(line));
        speaker.addClassName("hn-floor-speaker");
        Div who = new Div(source, speaker);
        who.addClassName("hn-floor-who");
        return who;
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
            } catch (VersionConflictException ex) {
                Notifications.error(ex.getMessage());
            } catch (ValidationException ex) {
                Notifications.error(String.join(" ", ex.fieldErrors().values()));
            }
            refresh();
            // the clicker's keys go to the page, not to a button that is gone or would be pressed again by Space
            getElement().executeJs("if (document.activeElement) { document.activeElement.blur(); }");
        });
        b.addThemeVariants(variant);
        return b;
    }
}
