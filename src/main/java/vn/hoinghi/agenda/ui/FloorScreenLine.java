package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.floor.FloorLine;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/** A point's screen: "Điểm cầu đang phát biểu: <speaker>" while this point has the floor. */
@StyleSheet("themes/hoinghi/floor.css")
class FloorScreenLine extends Div {

    private final FloorBoardService boards;
    private final long conferenceId;
    private final long pointId;

    FloorScreenLine(FloorBoardService boards, LiveHub hub, long conferenceId, long pointId) {
        this.boards = boards;
        this.conferenceId = conferenceId;
        this.pointId = pointId;
        addClassName("hn-floor-screen");
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.FLOOR), this::refresh);
        refresh();
    }

    private void refresh() {
        FloorLine line;
        try {
            line = boards.onFloor(conferenceId)
                .filter(l -> l.request().pointId() != null && l.request().pointId() == pointId).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException revoked) {
            line = null; // the screen's own guard closes the page
        }
        setVisible(line != null);
        setText(line == null ? "" : getTranslation("floor.screen.speaking", line.request().speaker()));
    }
}
