package vn.hoinghi.award.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.delegate.Delegate;

/** The batches in calling order: form, size, who is missing, and the presenting leader, chosen in the row. */
class CeremonyBatchGrid extends Grid<CeremonyBatch> {

    private final CeremonyService service;
    private final long conferenceId;
    private final Consumer<Runnable> save;
    private List<Delegate> delegates = List.of();

    CeremonyBatchGrid(CeremonyService service, long conferenceId, Consumer<Runnable> save) {
        this.service = service;
        this.conferenceId = conferenceId;
        this.save = save;
        addClassName("hn-ceremony-batches");
        addColumn(CeremonyBatch::number).setHeader(getTranslation("ceremony.col.batch")).setWidth("5rem").setFlexGrow(0);
        addColumn(b -> String.join(" · ", b.forms()) + (b.type() == null ? "" : " – " + getTranslation("awards.type." + b.type())))
                .setHeader(getTranslation("awards.col.form")).setFlexGrow(2);
        addColumn(b -> b.recipients().size()).setHeader(getTranslation("ceremony.col.count")).setWidth("6rem").setFlexGrow(0);
        addColumn(CeremonyBatch::flagged).setHeader(getTranslation("ceremony.col.flagged")).setWidth("8rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(this::presenter)).setHeader(getTranslation("ceremony.col.presenter")).setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    }

    void show(List<CeremonyBatch> batches, List<Delegate> delegates) {
        this.delegates = delegates;
        setItems(batches);
    }

    private ComboBox<Delegate> presenter(CeremonyBatch b) {
        ComboBox<Delegate> box = DelegateChoice.of(delegates, b.presenterId());
        box.addClassName("hn-ceremony-presenter");
        box.setPlaceholder(getTranslation("ceremony.presenter.choose"));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.accept(() -> service.setPresenter(conferenceId, b.id(), b.version(),
                        e.getValue() == null ? null : e.getValue().id()));
            }
        });
        return box;
    }
}
