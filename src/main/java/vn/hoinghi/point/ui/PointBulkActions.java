package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Supplier;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.point.BulkResult;
import vn.hoinghi.point.PointBulkService;

/**
 * What the committee does to the chosen points at once: set their cluster, withdraw them or bring them back, delete
 * those nothing refers to. Shown while points are chosen; each action says what it did and what it kept and why.
 */
class PointBulkActions extends HorizontalLayout {

    private static final int KEPT_NAMED = 8;

    private final PointBulkService bulk;
    private final long conferenceId;
    private final Supplier<List<Long>> chosen;
    private final Supplier<List<String>> clusters;
    private final Runnable onDone;
    private final Span count = new Span();

    PointBulkActions(PointBulkService bulk, long conferenceId, Supplier<List<Long>> chosen,
                     Supplier<List<String>> clusters, Runnable onDone) {
        this.bulk = bulk;
        this.conferenceId = conferenceId;
        this.chosen = chosen;
        this.clusters = clusters;
        this.onDone = onDone;
        count.addClassName("hn-points-chosen");
        Button cluster = new Button(getTranslation("points.bulk.setCluster"), VaadinIcon.GROUP.create(),
                e -> new ClusterDialog(clusters.get(), chosen.get().size(), name ->
                        run(() -> bulk.setCluster(conferenceId, chosen.get(), name), "points.bulk.clusterDone")).open());
        Button withdraw = new Button(getTranslation("points.bulk.withdraw"), VaadinIcon.BAN.create(),
                e -> Confirmations.ask(getTranslation("points.bulk.withdrawTitle", chosen.get().size()),
                        getTranslation("points.bulk.withdrawText"), getTranslation("points.bulk.withdraw"),
                        ok -> run(() -> bulk.withdraw(conferenceId, chosen.get()), "points.bulk.withdrawDone")).open());
        Button restore = new Button(getTranslation("points.bulk.restore"), VaadinIcon.REPLY.create(),
                e -> run(() -> bulk.restore(conferenceId, chosen.get()), "points.bulk.restoreDone"));
        Button delete = new Button(getTranslation("points.bulk.delete"), VaadinIcon.TRASH.create(),
                e -> Confirmations.ask(getTranslation("points.bulk.deleteTitle"),
                        getTranslation("points.bulk.deleteText", chosen.get().size()),
                        getTranslation("action.delete"),
                        ok -> run(() -> bulk.deleteUnused(conferenceId, chosen.get()), "points.bulk.deleteDone")).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(cluster, withdraw, restore, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        add(count, cluster, withdraw, restore, delete);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("hn-points-bulk");
        show(0);
    }

    /** Shown while points are chosen, with how many. */
    void show(int chosenCount) {
        count.setText(getTranslation("points.bulk.chosen", chosenCount));
        setVisible(chosenCount > 0);
    }

    private void run(Supplier<BulkResult> action, String doneKey) {
        try {
            BulkResult result = action.get();
            String done = getTranslation(doneKey, result.changed());
            if (result.kept().isEmpty()) {
                Notifications.success(done);
            } else {
                Notifications.error(done + " " + getTranslation("points.bulk.kept", result.kept().size(),
                        kept(result.kept())));
            }
        } catch (ValidationException | VersionConflictException refused) {
            Notifications.error(refused.getMessage());
        }
        onDone.run();
    }

    /** The first few points kept, with why, and how many more: a notification stays readable at 250 points. */
    private String kept(List<String> kept) {
        String named = String.join("; ", kept.subList(0, Math.min(kept.size(), KEPT_NAMED)));
        return kept.size() <= KEPT_NAMED ? named
                : named + "; " + getTranslation("points.bulk.keptMore", kept.size() - KEPT_NAMED);
    }
}
