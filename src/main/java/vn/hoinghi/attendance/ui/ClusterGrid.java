package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoinghi.attendance.ClusterPeople;
import vn.hoinghi.attendance.PeopleCount;
import vn.hoinghi.attendance.PointPeople;
import vn.hoinghi.attendance.ProvincePeople;
import vn.hoinghi.base.Times;

/**
 * The people at the hall and at the points: a row per cluster (a click opens it to its points), the province in the
 * footer. A point that has not reported is counted by its named check-ins and says so.
 */
class ClusterGrid extends TreeGrid<ClusterGrid.Row> {

    /** A cluster (point null) or a point; equal by what it stands for, so a refresh keeps the clusters opened. */
    record Row(String key, String name, PeopleCount count, PointPeople point) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && key.equals(r.key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    private final FooterRow footer;
    private final List<Column<Row>> columns = new ArrayList<>();
    private final List<ValueProvider<Row, String>> values = new ArrayList<>();
    private final Set<Row> opened = new HashSet<>();

    ClusterGrid() {
        addClassNames("hn-att-counts", "hn-att-clusters");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        // A component column: not sortable (a text hierarchy column sorts, which a tree in its sheet order must not).
        addComponentHierarchyColumn(r -> new Span(r.name())).setHeader(getTranslation("attendance.people.cluster"))
                .setFlexGrow(4).setWidth("18rem");
        number("attendance.people.reported", this::reported).setWidth("13rem").setFlexGrow(2);
        number("attendance.people.expected", r -> Integer.toString(r.count().expected()));
        number("attendance.people.named", r -> r.count().checkedIn() + "/" + r.count().delegates()).setWidth("10rem");
        number("attendance.people.present", r -> Integer.toString(r.count().present()))
                .setPartNameGenerator(r -> "hn-att-present-cell");
        footer = appendFooterRow();
        setPartNameGenerator(r -> r.point() == null ? "hn-att-cluster-row" : null);
        addItemClickListener(e -> {
            if (e.getItem().point() == null && !getTreeData().getChildren(e.getItem()).isEmpty()) {
                if (isExpanded(e.getItem())) {
                    collapse(e.getItem());
                } else {
                    expand(e.getItem());
                }
            }
        });
        addExpandListener(e -> opened.addAll(e.getItems()));
        addCollapseListener(e -> opened.removeAll(e.getItems()));
    }

    private Column<Row> number(String header, ValueProvider<Row, String> value) {
        Column<Row> column = addColumn(value).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1).setWidth("7rem");
        columns.add(column);
        values.add(value);
        return column;
    }

    /** A cluster: points reported of its points; a point: when and by whom, or that it has not. */
    private String reported(Row r) {
        PointPeople p = r.point();
        if (p == null) {
            return r.count().reported() + "/" + r.count().points();
        }
        return p.reported() ? Times.TIME.format(Times.local(p.headcountAt())) + " · " + p.headcountBy()
                : getTranslation("attendance.people.notReported");
    }

    void show(ProvincePeople people) {
        Map<Row, List<Row>> tree = new java.util.LinkedHashMap<>();
        people.hall().ifPresent(h -> tree.put(point(h), List.of()));
        for (ClusterPeople c : people.clusters()) {
            String name = c.name() == null ? getTranslation("attendance.people.noCluster") : c.name();
            tree.put(new Row("c:" + Objects.toString(c.name(), ""), name, c.count(), null),
                    c.points().stream().map(ClusterGrid::point).toList());
        }
        var data = new com.vaadin.flow.data.provider.hierarchy.TreeData<Row>();
        tree.forEach((root, children) -> {
            data.addItem(null, root);
            data.addItems(root, children);
        });
        setTreeData(data);
        Set<Row> reopen = tree.keySet().stream().filter(opened::contains).collect(Collectors.toSet());
        expand(reopen);
        Row province = new Row("province", getTranslation("attendance.people.province"), people.total(), null);
        footer.getCell(getColumns().getFirst()).setText(province.name());
        for (int i = 0; i < columns.size(); i++) {
            footer.getCell(columns.get(i)).setText(values.get(i).apply(province));
        }
    }

    private static Row point(PointPeople p) {
        return new Row("p:" + p.pointId(), p.name(), p.count(), p);
    }
}
