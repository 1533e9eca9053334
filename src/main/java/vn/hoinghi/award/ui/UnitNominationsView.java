package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoinghi.award.AwardSettings;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.Unit;

/**
 * A unit's own proposals: only its unit's, added, edited and withdrawn until the deadline, then read-only with
 * where each appraisal stands. The services refuse anything else; this page only does not offer it.
 */
@Route(ConferencePath.ROUTE + "/my-nominations")
@Menu(title = "nav.myNominations", order = 180, icon = "vaadin:medal")
@RolesAllowed(AppRoles.UNIT)
class UnitNominationsView extends ConferenceView<Conference> implements TranslatedTitle {

    private final AwardServices services;
    private final Paragraph state = new Paragraph();
    private NominationContext context;
    private NominationsPanel list;

    UnitNominationsView(AwardServices services, ConferenceService conferences) {
        super(conferences::open);
        this.services = services;
        addClassName("hn-unit-nominations");
    }

    @Override
    protected void build() {
        Unit own = services.nominations().myUnit().orElse(null);
        if (own == null) {
            add(new H2(getTranslation("nav.myNominations")), new Paragraph(getTranslation("awards.unit.noUnit")));
            return;
        }
        AwardSettings settings = services.quotas().settings(conference.id());
        context = new NominationContext(conference.id(), services.nominations(), services.history(), null,
                settings.forms(), List.of(own), own, settings.effectiveDeadline(), services.clock());
        list = new NominationsPanel(services.nominations(), conference.id(), null, n -> new NominationDialog(context,
                services.nominations().get(n.id()), this::refresh).open());
        add(toolbar(own), state, list);
        refresh();
    }

    private HorizontalLayout toolbar(Unit own) {
        Button add = new Button(getTranslation("awards.add"), VaadinIcon.PLUS.create(),
                e -> new NominationDialog(context, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("awards.import"), VaadinIcon.UPLOAD.create(),
                e -> new NominationImportDialog(services.importer(), conference, List.of(), this::refresh).open());
        add.setEnabled(context.beforeDeadline());
        importButton.setEnabled(context.beforeDeadline());
        Anchor export = new Anchor(Downloads.file("de-nghi-khen-thuong.xlsx", Downloads.XLSX,
                () -> services.documents().nominationsXlsx(conference.id(), list.filter())), "");
        export.add(new Button(getTranslation("awards.export"), VaadinIcon.DOWNLOAD.create()));
        list.addAction(export);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.myNominations")), new Div(), add,
                importButton);
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(1));
        return top;
    }

    private void refresh() {
        var counts = services.nominations().counts(conference.id());
        String byStatus = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("awards.status." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
        String deadline = Times.DATE_TIME.format(Times.local(context.deadline()));
        state.setText(context.ownUnit().name() + " · "
                + getTranslation(context.beforeDeadline() ? "awards.unit.open" : "awards.unit.closed", deadline)
                + (byStatus.isEmpty() ? "" : " " + byStatus + "."));
        state.addClassName(context.beforeDeadline() ? "hn-unit-open" : "hn-unit-closed");
        list.refresh();
    }
}
