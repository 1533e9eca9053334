package vn.hoinghi.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;
import vn.hoinghi.base.ui.DeskContribution;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.live.LiveHub;

/** "Xin phát biểu" on every remote point's desk (the hall's delegates will ask from their own page, decision 031). */
@SpringComponent
class FloorDeskContribution implements DeskContribution {

    private final FloorService floor;
    private final FloorBoardService boards;
    private final LiveHub hub;

    FloorDeskContribution(FloorService floor, FloorBoardService boards, LiveHub hub) {
        this.floor = floor;
        this.boards = boards;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(long conferenceId, long pointId, boolean hall, Consumer<Runnable> guarded) {
        if (hall) {
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        return new FloorDeskSection(floor, boards, hub, conferenceId, pointId, guarded);
    }
}
