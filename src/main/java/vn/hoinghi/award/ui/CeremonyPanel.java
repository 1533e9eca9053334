package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoinghi.award.Ceremony;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyOrder;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.award.CeremonySettings;
import vn.hoinghi.award.DelegateSuggestion;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.base.ui.Confirmations;

/**
 * The ceremony tab: the batch size and order rule, making the batches (again, after a confirmation), the batches
 * with their presenters, the recipients with their delegates, check-in flags and stand-ins, the name-matched
 * delegates to confirm, and the certificates to print. Check-ins update the flags by themselves.
 */
class CeremonyPanel extends VerticalLayout {

    private final AwardServices services;
    private final CeremonyService service;
    private final long conferenceId;
    private final String conferenceTitle;
    final IntegerField size = new IntegerField();
    final Select<CeremonyOrder> order = new Select<>();
    final Button generate = new Button();
    final Button confirm = new Button();
    private final Paragraph summary = new Paragraph();
    private final CeremonyBatchGrid batches;
    private final CeremonyRecipientGrid recipients;
    private Ceremony plan;
    private Map<Long, DelegateSuggestion> suggestions = Map.of();
    private List<Delegate> delegates = List.of();

    CeremonyPanel(AwardServices services, LiveHub hub, Conference conference) {
        this.services = services;
        this.service = services.ceremonies();
        this.conferenceId = conference.id();
        this.conferenceTitle = conference.title();
        setPadding(false);
        setSizeFull();
        addClassName("hn-ceremony-panel");
        size.setLabel(getTranslation("ceremony.size"));
        size.setMin(1);
        size.setMax(CeremonySettings.MAX_BATCH_SIZE);
        size.setStepButtonsVisible(true);
        size.setWidth("9rem");
        order.setLabel(getTranslation("ceremony.order"));
        order.setItems(CeremonyOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("ceremony.order." + o.name()));
        order.setWidth("38rem");
        generate.setText(getTranslation("ceremony.generate"));
        generate.setIcon(VaadinIcon.LIST_OL.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        confirm.setIcon(VaadinIcon.USER_CHECK.create());
        confirm.addClickListener(e -> save(() -> service.confirmSuggestions(conferenceId)));
        Anchor certificates = new Anchor(Downloads.pdf("bang-khen.pdf", () -> services.documents().certificatesPdf(conferenceId)), "");
        certificates.add(new Button(getTranslation("ceremony.certificates"), VaadinIcon.DIPLOMA.create()));
        certificates.addClassName("hn-ceremony-certificates");
        Button reset = new Button(getTranslation("ceremony.reset"), VaadinIcon.ROTATE_LEFT.create(), e -> confirm(
                "ceremony.reset", "ceremony.reset.text", () -> save(() -> service.reset(conferenceId))));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(size, order, generate, confirm, certificates, reset);
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.addClassName("hn-help");
        batches = new CeremonyBatchGrid(service, conferenceId, this::save);
        batches.asSingleSelect().addValueChangeListener(e -> showRecipients());
        recipients = new CeremonyRecipientGrid(this::open);
        recipients.setSizeFull();
        // On a laptop (1366 × 768) the settings, the summary and the batches leave the list one row: keep it
        // readable and let the tab scroll instead.
        recipients.setMinHeight("22rem");
        add(top, summary, batches, recipients);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.ATTENDANCE), this::refresh);
    }

    void refresh() {
        plan = service.plan(conferenceId);
        suggestions = service.suggestions(conferenceId);
        delegates = DelegateChoice.inProtocolOrder(services.delegates().list(conferenceId, DelegateFilter.all()));
        CeremonySettings s = plan.settings();
        size.setValue(s.batchSize());
        order.setValue(s.order());
        confirm.setText(getTranslation("ceremony.confirm", suggestions.size()));
        confirm.setEnabled(!suggestions.isEmpty());
        summary.setText(s.generated() ? getTranslation("ceremony.summary", plan.recipients(), plan.batches().size(),
                plan.flagged(), plan.unplanned().size()) : getTranslation("ceremony.summary.none"));
        Integer selected = batches.asSingleSelect().getValue() == null ? null : batches.asSingleSelect().getValue().number();
        batches.show(plan.batches(), delegates);
        batches.setAllRowsVisible(plan.batches().size() <= 6);
        batches.setHeight(plan.batches().size() <= 6 ? null : "20rem");
        plan.batches().stream().filter(b -> selected != null && b.number() == selected).findFirst()
                .ifPresent(batches.asSingleSelect()::setValue);
        recipients.suggestions(suggestions);
        showRecipients();
    }

    private void showRecipients() {
        CeremonyBatch selected = batches.asSingleSelect().getValue();
        recipients.setItems(selected == null ? plan.allRecipients() : selected.recipients());
    }

    private void generate() {
        if (size.getValue() == null || order.getValue() == null) {
            return;
        }
        Runnable make = () -> save(() -> service.generate(conferenceId, plan.settings().version(), size.getValue(), order.getValue()));
        if (plan.settings().generated()) {
            confirm("ceremony.generate", "ceremony.generate.again", make);
        } else {
            make.run();
        }
    }

    private void open(CeremonyRecipient r) {
        new RecipientDialog(service, r, suggestions.get(r.nominationId()), delegates, plan.batches().size(), this::refresh).open();
    }

    private void save(Runnable action) {
        FieldErrors.save(Map.of(), action, this::refresh);
    }

    /** Asks before an action that rewrites the conference's whole ceremony, naming the conference. */
    private void confirm(String action, String text, Runnable then) {
        ConfirmDialog dialog = Confirmations.ask();
        dialog.setHeader(getTranslation(action));
        dialog.setText(ConferenceTarget.text(this, getTranslation(text), conferenceTitle));
        dialog.setConfirmButton(getTranslation(action), ok -> then.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}
