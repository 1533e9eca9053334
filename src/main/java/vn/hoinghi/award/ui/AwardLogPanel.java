package vn.hoinghi.award.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.hoinghi.award.AwardHistoryService;

/** Every change to the conference's nominations, decisions and quotas, newest first. */
class AwardLogPanel extends VerticalLayout {

    private final AwardHistoryService history;
    private final long conferenceId;
    private final HistoryGrid grid = new HistoryGrid(true);

    AwardLogPanel(AwardHistoryService history, long conferenceId) {
        this.history = history;
        this.conferenceId = conferenceId;
        setPadding(false);
        setSizeFull();
        grid.setSizeFull();
        add(grid);
    }

    void refresh() {
        grid.setItems(history.ofConference(conferenceId));
    }
}
