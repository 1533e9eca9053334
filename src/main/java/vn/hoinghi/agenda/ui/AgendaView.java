package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import vn.hoinghi.agenda.Agenda;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaPdfService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.Confirmations;

/** The programme of the current conference: the committee edits it, the MC reads it and its script. */
@Route(ConferencePath.ROUTE + "/agenda")
@Menu(title = "nav.agenda", order = 150, icon = "vaadin:list-ol")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF, AppRoles.MC})
class AgendaView extends VerticalLayout implements BeforeEnterObserver, AgendaGrid.Actions, TranslatedTitle {

    private final AgendaService service;
    private final AgendaImportService importer;
    private final PointService points;
    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final boolean editor = CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF);
    private final AgendaGrid grid = new AgendaGrid(editor, this);
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();
    private Conference conference;
    private Agenda agenda;

    AgendaView(AgendaService service, AgendaImportService importer, AgendaPdfService pdfs, PointService points,
               DelegateService delegates, ConferenceService conferences, LiveHub hub) {
        this.service = service;
        this.importer = importer;
        this.points = points;
        this.delegates = delegates;
        this.conferences = conferences;
        setSizeFull();
        addClassName("hn-agenda-view");
        summary.addClassName("hn-count");
        summary.addClassName("hn-agenda-summary");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("agenda.title")), summary, new Div());
        top.setWidthFull();
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(top.getComponentAt(2));
        if (editor) {
            Button add = new Button(getTranslation("agenda.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button template = new Button(getTranslation("agenda.template"), VaadinIcon.CLIPBOARD_TEXT.create(),
                    e -> template());
            Button importButton = new Button(getTranslation("agenda.import"), VaadinIcon.UPLOAD.create(),
                    e -> new AgendaImportDialog(importer, conference, this::refresh).open());
            top.add(add, template, importButton);
        }
        Anchor pdf = new Anchor(Downloads.pdf("chuong-trinh.pdf", () -> pdfs.pdf(conference.id())), "");
        pdf.add(new Button(getTranslation("agenda.pdf"), VaadinIcon.PRINT.create()));
        pdf.addClassName("hn-agenda-pdf");
        top.add(pdf);
        add(top);
        if (editor) {
            Paragraph help = new Paragraph(getTranslation("agenda.help"));
            help.addClassName("hn-help");
            add(help);
        }
        empty.setText(getTranslation("agenda.empty"));
        grid.setSizeFull();
        add(empty, grid);
        LiveUpdates.follow(this, hub, () -> conference == null ? null : conference.id(), Set.of(LiveTopic.AGENDA),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        agenda = service.agenda(conference.id());
        grid.show(agenda.slots());
        empty.setVisible(agenda.isEmpty());
        summary.setText(agenda.isEmpty() ? "" : getTranslation("agenda.summary", agenda.slots().size(),
                AgendaGrid.time(agenda.startsAt()), AgendaGrid.time(agenda.plannedEnd()), agenda.totalMinutes()));
    }

    @Override
    public void reorder(List<Long> ids) {
        guarded(() -> service.reorder(conference.id(), agenda.version(), ids));
    }

    @Override
    public void move(AgendaItem item, int steps) {
        guarded(() -> service.move(conference.id(), agenda.version(), item.id(), steps));
    }

    @Override
    public void edit(AgendaItem item) {
        new AgendaItemDialog(service, conference.id(), item, points.list(conference.id()),
                delegates.list(conference.id(), DelegateFilter.all()), this::refresh).open();
    }

    @Override
    public void delete(AgendaItem item) {
        ConfirmDialog confirm = Confirmations.ask(getTranslation("agenda.delete.confirm.title"),
                getTranslation("agenda.delete.confirm", item.title()), getTranslation("agenda.delete"),
                e -> guarded(() -> service.delete(item.id(), item.version())));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void template() {
        if (agenda.isEmpty()) {
            addTemplate(false);
            return;
        }
        ConfirmDialog confirm = Confirmations.ask();
        confirm.setHeader(getTranslation("agenda.template.confirm.title"));
        confirm.setText(ConferenceTarget.text(this, getTranslation("agenda.template.confirm", agenda.slots().size()),
                conference.title()));
        confirm.setConfirmButton(getTranslation("agenda.template.add"), e -> addTemplate(true));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void addTemplate(boolean evenIfNotEmpty) {
        guarded(() -> Notifications.success(getTranslation("agenda.template.added",
                service.addTemplate(conference.id(), agenda.version(), evenIfNotEmpty))));
    }

    /** Runs a change; another editor's change in between is explained and the fresh agenda shown. */
    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (VersionConflictException e) {
            Notifications.error(e.getMessage());
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
