package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.InBackground;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.invitation.DelegateListPdfService;
import vn.hoinghi.invitation.InvitationMailService;
import vn.hoinghi.invitation.InvitationPdfService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.base.ui.ConferenceTarget;
import vn.hoinghi.base.ui.Confirmations;

/** Invitations for a filtered part of the list: print them as one PDF, e-mail them, follow the answers. */
@Route(ConferencePath.ROUTE + "/invitations")
@Menu(title = "nav.invitations", order = 140, icon = "vaadin:envelope-open-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class InvitationsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final DelegateService delegates;
    private final PointService points;
    private final ConferenceService conferences;
    private final InvitationPdfService pdfs;
    private final DelegateListPdfService listPdf;
    private final InvitationMailService mail;
    private final Grid<Delegate> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<CompositionGroup> group = new ComboBox<>();
    private final ComboBox<MeetingPoint> point = new ComboBox<>();
    private final ComboBox<InvitationStatus> status = new ComboBox<>();
    private final Span counts = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout result = new HorizontalLayout();
    private Conference conference;

    InvitationsView(DelegateService delegates, PointService points, ConferenceService conferences,
                    InvitationPdfService pdfs, DelegateListPdfService listPdf, InvitationMailService mail) {
        this.delegates = delegates;
        this.points = points;
        this.conferences = conferences;
        this.pdfs = pdfs;
        this.listPdf = listPdf;
        this.mail = mail;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        Button print = new Button(getTranslation("invitations.print"), VaadinIcon.PRINT.create(), e -> printAll());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button send = new Button(getTranslation("invitations.send"), VaadinIcon.ENVELOPE.create(), e -> confirmSend());
        Button markSent = new Button(getTranslation("invitations.markSent"), e -> {
            delegates.markSent(delegates.list(conference.id(), filter()).stream().map(Delegate::id).toList());
            refresh();
        });
        markSent.setTooltipText(getTranslation("invitations.markSent.help"));
        Anchor list = new Anchor(Downloads.pdf("danh-sach-dai-bieu.pdf", () -> listPdf.pdf(conference.id(), filter())), "");
        list.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" " + getTranslation("invitations.listPdf")));
        list.addClassName("hn-link-button");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.invitations")), counts);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(print, send, markSent, list);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setVisible(false);
        result.setAlignItems(FlexComponent.Alignment.CENTER);
        add(top, filters(), actions, progress, result);
        buildGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("delegates.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        group.setPlaceholder(getTranslation("delegates.group"));
        group.setItems(delegates.groups(conference.id()));
        group.setItemLabelGenerator(CompositionGroup::name);
        point.setPlaceholder(getTranslation("delegates.point"));
        point.setItems(points.list(conference.id()));
        point.setItemLabelGenerator(MeetingPoint::name);
        status.setPlaceholder(getTranslation("delegates.status"));
        status.setItems(InvitationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("invitation." + s));
        search.addValueChangeListener(e -> refresh());
        for (ComboBox<?> c : new ComboBox<?>[] {group, point, status}) {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(search, group, point, status);
        filters.setWrap(true);
        return filters;
    }

    private void buildGrid() {
        grid.addColumn(Delegate::fullName).setHeader(getTranslation("delegates.name")).setFlexGrow(2).setWidth("13rem");
        grid.addColumn(d -> d.title() == null ? d.unitName() : d.title()).setHeader(getTranslation("delegates.title"))
                .setTooltipGenerator(Delegate::title).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(Delegate::pointName).setHeader(getTranslation("delegates.point")).setFlexGrow(2).setWidth("10rem");
        grid.addColumn(Delegate::email).setHeader(getTranslation("delegates.email")).setFlexGrow(2).setWidth("12rem");
        grid.addColumn(d -> getTranslation("invitation." + d.invitationStatus())
                + (d.hasSubstitute() ? " → " + d.substituteName() : "")).setHeader(getTranslation("invitations.status"))
                .setFlexGrow(2).setWidth("10rem");
        grid.addComponentColumn(d -> {
            Anchor a = new Anchor(Downloads.pdf("giay-moi-" + d.id() + ".pdf", () -> pdfs.one(d.id())), "PDF");
            a.getElement().setAttribute("aria-label", getTranslation("invitations.one", d.fullName()));
            return a;
        }).setHeader(getTranslation("invitations.letter")).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(q -> delegates.page(conference.id(), filter(), q.getOffset(), q.getLimit()).stream(),
                q -> delegates.count(conference.id(), filter()));
        grid.setSizeFull();
        add(grid);
    }

    private DelegateFilter filter() {
        return new DelegateFilter(search.getValue(), group.getValue() == null ? null : group.getValue().id(),
                point.getValue() == null ? null : point.getValue().id(), null, status.getValue(), null, false);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        counts.setText(Arrays.stream(InvitationStatus.values())
                .map(s -> getTranslation("invitation." + s) + ": " + delegates.count(conference.id(),
                        new DelegateFilter(null, null, null, null, s, null, false)))
                .collect(Collectors.joining(" · ")));
        counts.addClassName("hn-count");
    }

    private void printAll() {
        DelegateFilter f = filter();
        inBackground(p -> {
            byte[] pdf = pdfs.many(conference.id(), f, p);
            return () -> {
                Anchor file = new Anchor(Downloads.pdf("giay-moi.pdf", () -> pdf), "");
                file.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("invitations.ready", pdf.length / 1024)));
                file.addClassName("hn-link-button");
                result.add(file);
            };
        });
    }

    private void confirmSend() {
        int count = delegates.count(conference.id(), filter());
        ConfirmDialog dialog = Confirmations.ask();
        dialog.setHeader(getTranslation("invitations.send"));
        dialog.setText(ConferenceTarget.text(this, getTranslation("invitations.send.confirm", count), conference.title()));
        dialog.setConfirmButton(getTranslation("invitations.send"), e -> sendAll());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void sendAll() {
        DelegateFilter f = filter();
        inBackground(p -> {
            InvitationMailService.SendResult sent = mail.send(conference.id(), f, p);
            return () -> {
                result.add(new Span(getTranslation("invitations.sent", sent.sent())));
                if (!sent.withoutEmail().isEmpty()) {
                    Span who = new Span(getTranslation("invitations.noEmail", sent.withoutEmail().size())
                            + " " + String.join(", ", sent.withoutEmail()));
                    who.addClassName("hn-substitute");
                    result.add(who);
                }
            };
        });
    }

    /** Runs long work off the UI thread as the current user, with a progress bar; then shows what it made. */
    private void inBackground(Work work) {
        UI ui = UI.getCurrent();
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        Runnable job = () -> {
            try {
                Runnable done = work.run(value -> ui.access(() -> progress.setValue(value)));
                ui.access(() -> {
                    progress.setVisible(false);
                    done.run();
                    refresh();
                });
            } catch (ValidationException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    Notifications.error(String.join(" ", e.fieldErrors().values()));
                });
            }
        };
        InBackground.run(ui, job);
    }

    private interface Work {
        Runnable run(java.util.function.DoubleConsumer progress);
    }
}
