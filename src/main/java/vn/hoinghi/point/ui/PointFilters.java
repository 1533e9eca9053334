package vn.hoinghi.point.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointFilter;
import vn.hoinghi.point.PointKind;

/**
 * The points page's search and filters (cluster, kind, connection, taking part or withdrawn), read from and written to
 * the page's query parameters so that a reload or a shared link keeps them.
 */
class PointFilters extends HorizontalLayout {

    static final String SEARCH = "q";
    static final String CLUSTER = "cluster";
    static final String WITHOUT_CLUSTER = "nocluster";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String WITHDRAWN = "withdrawn";

    /** A cluster to filter by; {@code name} null is "no cluster". */
    record ClusterChoice(String name) {
    }

    private final TextField search = new TextField();
    private final ComboBox<ClusterChoice> cluster = new ComboBox<>();
    private final ComboBox<PointKind> kind = new ComboBox<>();
    private final ComboBox<ConnectionStatus> status = new ComboBox<>();
    private final ComboBox<Boolean> withdrawn = new ComboBox<>();
    private boolean reading;

    PointFilters(Runnable onChange) {
        search.setPlaceholder(getTranslation("points.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> changed(onChange));
        cluster.setPlaceholder(getTranslation("points.cluster"));
        cluster.setItemLabelGenerator(c -> c.name() == null ? getTranslation("points.filter.noCluster") : c.name());
        kind.setPlaceholder(getTranslation("points.filter.kind"));
        kind.setItems(PointKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("point.kind." + k));
        status.setPlaceholder(getTranslation("points.filter.status"));
        status.setItems(ConnectionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("point.status." + s));
        withdrawn.setPlaceholder(getTranslation("points.filter.standing"));
        withdrawn.setItems(false, true);
        withdrawn.setItemLabelGenerator(w -> getTranslation(w ? "points.withdrawn" : "points.active"));
        for (ComboBox<?> box : List.of(cluster, kind, status, withdrawn)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> changed(onChange));
        }
        add(search, cluster, kind, status, withdrawn);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        addClassName("hn-points-filters");
    }

    /** The clusters to offer (the conference's, by name), "no cluster" first; a chosen one stays chosen. */
    void offerClusters(List<String> names) {
        ClusterChoice chosen = cluster.getValue();
        List<ClusterChoice> items = new ArrayList<>();
        items.add(new ClusterChoice(null));
        names.forEach(n -> items.add(new ClusterChoice(n)));
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        reading = true;
        cluster.setItems(items);
        cluster.setValue(chosen);
        reading = false;
    }

    PointFilter value() {
        ClusterChoice c = cluster.getValue();
        return new PointFilter(search.getValue(), c == null ? null : c.name(), c != null && c.name() == null,
                kind.getValue(), status.getValue(), withdrawn.getValue());
    }

    /** Sets the filters from the address; a value the page does not know is left out. */
    void read(QueryParameters query) {
        reading = true;
        search.setValue(query.getSingleParameter(SEARCH).orElse(""));
        Optional<String> name = query.getSingleParameter(CLUSTER);
        boolean without = query.getSingleParameter(WITHOUT_CLUSTER).isPresent();
        ClusterChoice c = without ? new ClusterChoice(null) : name.map(ClusterChoice::new).orElse(null);
        if (c != null) {
            cluster.setItems(Stream.of(c).toList());
        }
        cluster.setValue(c);
        kind.setValue(query.getSingleParameter(KIND).flatMap(k -> known(PointKind.class, k)).orElse(null));
        status.setValue(query.getSingleParameter(STATUS).flatMap(s -> known(ConnectionStatus.class, s)).orElse(null));
        withdrawn.setValue(query.getSingleParameter(WITHDRAWN).map(Boolean::parseBoolean).orElse(null));
        reading = false;
    }

    QueryParameters query() {
        PointFilter f = value();
        Map<String, String> q = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            q.put(SEARCH, search.getValue().strip());
        }
        if (f.withoutCluster()) {
            q.put(WITHOUT_CLUSTER, "1");
        } else if (f.cluster() != null) {
            q.put(CLUSTER, f.cluster());
        }
        if (f.kind() != null) {
            q.put(KIND, f.kind().name());
        }
        if (f.status() != null) {
            q.put(STATUS, f.status().name());
        }
        if (f.withdrawn() != null) {
            q.put(WITHDRAWN, f.withdrawn().toString());
        }
        return QueryParameters.simple(q);
    }

    private void changed(Runnable onChange) {
        if (!reading) {
            onChange.run();
        }
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        return Stream.of(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }
}
