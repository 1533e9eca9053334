package vn.hoinghi.point.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;

/** A cluster's name: one of the conference's clusters, offered so that a name is not typed twice two ways, or new. */
class ClusterField extends ComboBox<String> {

    private final List<String> clusters;

    ClusterField(List<String> clusters) {
        this.clusters = new ArrayList<>(clusters);
        setItems(this.clusters);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> choose(e.getDetail()));
    }

    /** Shows a name, adding it to the choices when the conference has no such cluster yet. */
    void choose(String name) {
        if (name != null && !name.isBlank() && !clusters.contains(name)) {
            clusters.add(name);
            setItems(clusters);
        }
        setValue(name == null || name.isBlank() ? null : name);
    }

    /** The chosen or typed name, "" for none. */
    String text() {
        return getValue() == null ? "" : getValue();
    }
}
