package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import vn.hoinghi.award.AwardSettings;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;

/**
 * The committee's awards page: the quota summary always on top (per form and type: quota, accepted, remaining,
 * proposed), then the nominations to appraise, the decisions, the ceremony (batches, certificates) and the audit
 * log. Other screens' changes arrive live.
 */
@Route(ConferencePath.ROUTE + "/awards")
@Menu(title = "nav.awards", order = 180, icon = "vaadin:medal")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/ceremony.css")
class AwardsView extends ConferenceView<Conference> implements TranslatedTitle {

    private final AwardServices services;
    private final QuotaSummary summary = new QuotaSummary();
    private final Div alert = new Div();
    private AwardSettings settings;
    private NominationsPanel list;
    private DecisionsPanel decisions;
    private AwardLogPanel log;
    private CeremonyPanel ceremony;
    private final LiveHub hub;

    AwardsView(AwardServices services, ConferenceService conferences, LiveHub hub) {
        super(conferences::open);
        this.services = services;
        this.hub = hub;
        addClassName("hn-awards-view");
        alert.addClassName("hn-quota-alert");
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.AWARDS),
                this::refresh);
    }

    @Override
    protected void build() {
        long id = conference.id();
        AppraisalActions appraisal = new AppraisalActions(services.appraisal(), this::showQuotaFull, this::refresh);
        list = new NominationsPanel(services.nominations(), id, appraisal, n -> open(n, appraisal));
        decisions = new DecisionsPanel(services.decisions(), services.nominations(), services.documents(), id, this::refresh);
        log = new AwardLogPanel(services.history(), id);
        ceremony = new CeremonyPanel(services, hub, conference);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("awards.tab.nominations"), list);
        tabs.add(getTranslation("awards.tab.decisions"), decisions);
        tabs.add(getTranslation("awards.tab.ceremony"), ceremony);
        tabs.add(getTranslation("awards.tab.log"), log);
        tabs.setSizeFull();
        add(toolbar(appraisal), summary, alert, tabs);
        showQuotaFull(null);
        refresh();
        if (query.getParameters().containsKey(ConferencePath.OPEN_QUOTAS)) {
            new QuotaDialog(services.quotas(), settings, this::refresh).open();
        }
    }

    private HorizontalLayout toolbar(AppraisalActions appraisal) {
        Button add = new Button(getTranslation("awards.add"), VaadinIcon.PLUS.create(), e -> open(null, appraisal));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("awards.import"), VaadinIcon.UPLOAD.create(),
                e -> new NominationImportDialog(services.importer(), conference, services.units().find(conference.id(), null),
                        this::refresh).open());
        Button quotas = new Button(getTranslation("awards.quota.edit"), VaadinIcon.SLIDERS.create(),
                e -> new QuotaDialog(services.quotas(), settings, this::refresh).open());
        Anchor export = new Anchor(Downloads.file("de-nghi-khen-thuong.xlsx", Downloads.XLSX,
                () -> services.documents().nominationsXlsx(conference.id(), list.filter())), "");
        export.add(new Button(getTranslation("awards.export"), VaadinIcon.DOWNLOAD.create()));
        list.addAction(export);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.awards")), new Div(), add, importButton,
                quotas);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(1));
        return top;
    }

    private void open(Nomination n, AppraisalActions appraisal) {
        NominationContext context = new NominationContext(conference.id(), services.nominations(), services.history(),
                appraisal, settings.forms(), services.units().find(conference.id(), null), null, settings.effectiveDeadline(),
                services.clock());
        new NominationDialog(context, n == null ? null : services.nominations().get(n.id()), this::refresh).open();
    }

    /** The last quota refusal stays above the list until the next appraisal. */
    private void showQuotaFull(String message) {
        alert.setText(message == null ? "" : message);
        alert.setVisible(message != null);
    }

    private void refresh() {
        settings = services.quotas().settings(conference.id());
        summary.show(services.quotas().summary(conference.id()), settings.effectiveDeadline(), settings.deadline() != null);
        list.refresh();
        decisions.refresh(settings.forms());
        ceremony.refresh();
        log.refresh();
    }
}
