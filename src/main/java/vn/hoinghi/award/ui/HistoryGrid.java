package vn.hoinghi.award.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.hoinghi.award.AwardHistory;
import vn.hoinghi.base.Times;

/** The audit log's lines: when, who, what was done and what changed (old → new); with the subject for a whole log. */
class HistoryGrid extends Grid<AwardHistory> {

    HistoryGrid(boolean withSubject) {
        addClassName("hn-award-history");
        addColumn(h -> Times.DATE_TIME.format(Times.local(h.occurredAt()))).setHeader(getTranslation("awards.log.when"))
                .setWidth("10.5rem").setFlexGrow(0);
        addColumn(AwardHistory::actor).setHeader(getTranslation("awards.log.who")).setWidth("10rem").setFlexGrow(0);
        addColumn(h -> getTranslation("awards.action." + h.action())).setHeader(getTranslation("awards.log.action"))
                .setWidth("11rem").setFlexGrow(0);
        if (withSubject) {
            addColumn(AwardHistory::subject).setHeader(getTranslation("awards.log.subject"))
                    .setTooltipGenerator(AwardHistory::subject).setFlexGrow(2);
        }
        addColumn(AwardHistory::detail).setHeader(getTranslation("awards.log.detail"))
                .setTooltipGenerator(AwardHistory::detail).setFlexGrow(4);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
