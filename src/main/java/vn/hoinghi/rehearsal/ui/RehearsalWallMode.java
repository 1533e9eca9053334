package vn.hoinghi.rehearsal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.hoinghi.base.ui.WallMode;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.rehearsal.RehearsalProgressService;

/** The status wall's rehearsal mode, {@code ?view=rehearsal}. */
@SpringComponent
class RehearsalWallMode implements WallMode {

    private final RehearsalProgressService progress;
    private final LiveHub hub;

    RehearsalWallMode(RehearsalProgressService progress, LiveHub hub) {
        this.progress = progress;
        this.hub = hub;
    }

    @Override
    public String name() {
        return "rehearsal";
    }

    @Override
    public String labelKey() {
        return "rehearsal.wall.toRehearsal";
    }

    @Override
    public Component create(long conferenceId) {
        return new RehearsalWall(progress, hub, conferenceId);
    }
}
