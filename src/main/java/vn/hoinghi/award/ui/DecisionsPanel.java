package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import vn.hoinghi.award.AwardDecision;
import vn.hoinghi.award.AwardDocumentService;
import vn.hoinghi.award.DecisionService;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Downloads;

/** The province's decisions: make one from the accepted nominations of a form, edit one, download its list. */
class DecisionsPanel extends VerticalLayout {

    private final DecisionService decisions;
    private final NominationService nominations;
    private final AwardDocumentService documents;
    private final long conferenceId;
    private final Runnable onChanged;
    private final Grid<AwardDecision> grid = new Grid<>();
    final ComboBox<String> form = new ComboBox<>();
    final Button create = new Button();
    private List<String> shownForms = List.of();

    DecisionsPanel(DecisionService decisions, NominationService nominations, AwardDocumentService documents,
                   long conferenceId, Runnable onChanged) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.documents = documents;
        this.conferenceId = conferenceId;
        this.onChanged = onChanged;
        setPadding(false);
        setSizeFull();
        form.setLabel(getTranslation("awards.col.form"));
        form.setWidth("24rem");
        create.setText(getTranslation("awards.decision.new"));
        create.setIcon(VaadinIcon.FILE_ADD.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new DecisionDialog(decisions, conferenceId, null, nominations.list(conferenceId,
                new NominationFilter(NominationStatus.ACCEPTED, null, null, form.getValue(), null)), onChanged).open());
        HorizontalLayout top = new HorizontalLayout(form, create);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("awards.decision.help"));
        help.addClassName("hn-help");
        grid.addColumn(AwardDecision::number).setHeader(getTranslation("awards.decision.number")).setAutoWidth(true);
        grid.addColumn(d -> Times.DATE.format(d.signedOn())).setHeader(getTranslation("awards.decision.date"))
                .setAutoWidth(true);
        grid.addColumn(AwardDecision::issuer).setHeader(getTranslation("awards.decision.issuer")).setWidth("14rem")
                .setFlexGrow(2).setTooltipGenerator(AwardDecision::issuer);
        grid.addColumn(AwardDecision::signerName).setHeader(getTranslation("awards.decision.signerName")).setFlexGrow(1);
        grid.addColumn(AwardDecision::nominations).setHeader(getTranslation("awards.decision.count")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::downloads)).setHeader(getTranslation("awards.decision.list"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> new DecisionDialog(decisions, conferenceId, e.getItem(), List.of(), onChanged).open());
        grid.setSizeFull();
        add(top, help, grid);
    }

    void refresh(List<String> forms) {
        if (!forms.equals(shownForms)) {
            shownForms = forms;
            form.setItems(forms);
        }
        if (form.getValue() == null && !forms.isEmpty()) {
            form.setValue(forms.getFirst());
        }
        form.setVisible(forms.size() > 1);
        grid.setItems(decisions.list(conferenceId));
    }

    private HorizontalLayout downloads(AwardDecision d) {
        String file = "danh-sach-khen-thuong-" + d.number().replaceAll("[^A-Za-z0-9]+", "-");
        Anchor pdf = new Anchor(Downloads.pdf(file + ".pdf", () -> documents.decisionPdf(d.id())), "PDF");
        Anchor xlsx = new Anchor(Downloads.file(file + ".xlsx", Downloads.XLSX, () -> documents.decisionXlsx(d.id())),
                "Excel");
        pdf.addClassName("hn-link-button");
        xlsx.addClassName("hn-link-button");
        return new HorizontalLayout(pdf, xlsx);
    }
}
