package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;
import vn.hoinghi.base.ui.DeskContribution;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.rehearsal.RehearsalService;

/** The rehearsal's checklist on every point's desk, first after its head. */
@SpringComponent
class RehearsalDeskContribution implements DeskContribution {

    private final RehearsalService rehearsal;
    private final LiveHub hub;

    RehearsalDeskContribution(RehearsalService rehearsal, LiveHub hub) {
        this.rehearsal = rehearsal;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long conferenceId, long pointId, boolean hall, Consumer<Runnable> guarded) {
        return new RehearsalChecklist(rehearsal, hub, conferenceId, pointId, hall, guarded);
    }
}
