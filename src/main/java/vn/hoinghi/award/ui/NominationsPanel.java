package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.ui.ComponentTexts;

/** The nomination list with its filters (status, type, proposing unit, form, name) and the bulk appraisal buttons. */
class NominationsPanel extends VerticalLayout {

    private final NominationService nominations;
    private final long conferenceId;
    final TextField search = new TextField();
    final ComboBox<NominationStatus> status = new ComboBox<>();
    final ComboBox<RecipientType> type = new ComboBox<>();
    final ComboBox<String> unit = new ComboBox<>();
    final ComboBox<String> form = new ComboBox<>();
    final NominationGrid grid;
    private final Span count = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<ComboBox<String>, List<String>> shownItems = new HashMap<>();
    private boolean refreshing;

    /** {@code appraisal} null: a unit's page, without appraisal buttons or selection. */
    NominationsPanel(NominationService nominations, long conferenceId, AppraisalActions appraisal,
                     Consumer<Nomination> open) {
        this.nominations = nominations;
        this.conferenceId = conferenceId;
        this.grid = new NominationGrid(open, appraisal);
        setPadding(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("awards.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        status.setItems(NominationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("awards.status." + s));
        type.setItems(RecipientType.values());
        type.setItemLabelGenerator(t -> getTranslation("awards.type." + t));
        for (var pair : List.of(List.of(status, "awards.col.status"), List.of(type, "awards.col.type"),
                List.of(unit, "awards.col.proposer"), List.of(form, "awards.col.form"))) {
            ComboBox<?> c = (ComboBox<?>) pair.get(0);
            c.setPlaceholder(getTranslation((String) pair.get(1)));
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        }
        search.setWidth("15rem");
        status.setWidth("11rem");
        type.setWidth("10rem");
        unit.setWidth("15rem");
        form.setWidth("15rem");
        unit.setVisible(appraisal != null);
        count.addClassName("hn-count");
        HorizontalLayout filters = new HorizontalLayout(search, status, type, unit, form);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.add(count, new com.vaadin.flow.component.html.Div());
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.expand(actions.getComponentAt(1));
        add(filters, actions);
        if (appraisal != null) {
            ComponentTexts.multiSelect(grid);
            Button acceptAll = new Button(getTranslation("awards.acceptSelected"), VaadinIcon.CHECK.create(),
                    e -> appraisal.acceptAll(selected()));
            acceptAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button refuseAll = new Button(getTranslation("awards.refuseSelected"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> appraisal.refuseAll(selected()));
            refuseAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(acceptAll, refuseAll);
        }
        grid.setSizeFull();
        add(grid);
    }

    NominationFilter filter() {
        return new NominationFilter(status.getValue(), type.getValue(), unitIds.get(unit.getValue()), form.getValue(),
                search.getValue());
    }

    void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            List<Nomination> all = nominations.list(conferenceId, NominationFilter.ALL);
            unitIds.clear();
            all.forEach(n -> unitIds.put(n.proposingUnitName(), n.proposingUnitId()));
            keepItems(unit, unitIds.keySet().stream().sorted().toList());
            keepItems(form, all.stream().map(Nomination::form).distinct().toList());
            form.setVisible(shownItems.get(form).size() > 1);
            NominationFilter f = filter();
            // Withdrawn proposals only when that status is asked for.
            List<Nomination> shown = nominations.list(conferenceId, f).stream()
                    .filter(n -> f.status() != null || n.status() != NominationStatus.WITHDRAWN).toList();
            grid.setItems(shown);
            count.setText(getTranslation("awards.shown", shown.size(), all.size()));
        } finally {
            refreshing = false;
        }
    }

    /** A page's own button at the end of the action row (e.g. the download of the list). */
    void addAction(com.vaadin.flow.component.Component action) {
        actions.add(action);
    }

    List<Nomination> selected() {
        return grid.getSelectedItems().stream().sorted(Comparator.comparingInt(Nomination::position)).toList();
    }

    private void keepItems(ComboBox<String> box, List<String> items) {
        if (items.equals(shownItems.put(box, items))) {
            return;
        }
        String value = box.getValue();
        box.setItems(items);
        box.setValue(value != null && items.contains(value) ? value : null);
    }
}
