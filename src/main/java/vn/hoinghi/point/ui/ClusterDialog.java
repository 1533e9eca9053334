package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;

/** Asks for the cluster to put the chosen points in: one of the conference's, or a new name typed in. */
class ClusterDialog extends Dialog {

    ClusterDialog(List<String> clusters, int chosen, Consumer<String> onChosen) {
        setHeaderTitle(getTranslation("points.bulk.clusterTitle", chosen));
        setWidth("min(28rem, 100vw)");
        ClusterField cluster = new ClusterField(clusters);
        cluster.setLabel(getTranslation("points.cluster"));
        cluster.setHelperText(getTranslation("points.bulk.clusterHelp"));
        cluster.setWidthFull();
        add(cluster);
        Button save = new Button(getTranslation("action.save"), e -> {
            close();
            onChosen.accept(cluster.text());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        cluster.focus();
    }
}
