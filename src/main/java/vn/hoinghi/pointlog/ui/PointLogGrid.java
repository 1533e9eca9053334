package vn.hoinghi.pointlog.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.pointlog.Minutes;
import vn.hoinghi.pointlog.PointDay;

/**
 * One row per point's day: the grid sends the browser only the rows in view, so a conference's 250 points stay light.
 * Its twelve columns fit 1366 px: fixed narrow widths in rem (an em would differ between the header and the body
 * cells, whose font sizes differ), headers and long names wrap (pointlog.css).
 */
class PointLogGrid extends Grid<PointDay> {

    PointLogGrid() {
        addClassName("hn-pointlog-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(this::cluster).setHeader(getTranslation("pointlog.cluster")).setWidth("7rem").setFlexGrow(1);
        addColumn(this::point).setHeader(getTranslation("pointlog.point")).setWidth("11rem").setFlexGrow(2)
                .setPartNameGenerator(d -> d.point().withdrawn() ? "hn-pointlog-withdrawn" : null);
        addColumn(d -> getTranslation("pointlog.rehearsal." + d.rehearsal().name()))
                .setHeader(getTranslation("pointlog.rehearsal")).setWidth("6rem").setFlexGrow(0)
                .setPartNameGenerator(d -> "hn-pointlog-rehearsal-"
                        + d.rehearsal().name().toLowerCase(java.util.Locale.ROOT));
        addColumn(d -> time(d.readyAt())).setHeader(getTranslation("pointlog.readyAt")).setWidth("4.5rem")
                .setFlexGrow(0);
        number(d -> d.changes().size(), "pointlog.changes");
        number(PointDay::outageCount, "pointlog.outages").setPartNameGenerator(d -> d.hadOutage()
                ? "hn-pointlog-outage" : null);
        number(d -> Minutes.of(d.outageTotal()), "pointlog.outageMinutes");
        number(d -> Minutes.of(d.longestOutage()), "pointlog.longest");
        number(d -> d.headcount() == null ? "" : d.headcount(), "pointlog.headcount");
        number(d -> d.granted() + "/" + d.asked(), "pointlog.floor");
        number(d -> Minutes.of(d.spoken()), "pointlog.spoken");
        number(d -> d.acknowledged() + "/" + d.alerts().size(), "pointlog.alerts");
    }

    void show(List<PointDay> days) {
        setItems(days);
    }

    private Column<PointDay> number(ValueProvider<PointDay, Object> value, String header) {
        return addColumn(value).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setWidth("4.6rem")
                .setFlexGrow(0);
    }

    private String cluster(PointDay d) {
        if (d.point().hall()) {
            return getTranslation("pointlog.hall");
        }
        return d.point().cluster() == null ? "" : d.point().cluster();
    }

    private String point(PointDay d) {
        return d.point().withdrawn() ? getTranslation("pointlog.withdrawn", d.point().name()) : d.point().name();
    }

    private static String time(Instant at) {
        return at == null ? "" : Times.TIME.format(Times.local(at));
    }
}
