package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.gate.ScannerDevice;
import vn.hoinghi.gate.ScannerService;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/** Kiosks and handheld scanners that post to /api/scan: register one (its token is shown once) or revoke it. */
@Route(ConferencePath.ROUTE + "/scanners")
@Menu(title = "nav.scanners", order = 195, icon = "vaadin:barcode")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class ScannersView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ScannerService scanners;
    private final ConferenceService conferences;
    private final Grid<ScannerDevice> grid = new Grid<>();
    private Conference conference;

    ScannersView(ScannerService scanners, ConferenceService conferences) {
        this.scanners = scanners;
        this.conferences = conferences;
        setSizeFull();
        TextField name = new TextField(getTranslation("scanners.name"));
        TextField gate = new TextField(getTranslation("scanners.gate"));
        Button add = new Button(getTranslation("scanners.register"), e -> {
            try {
                show(scanners.register(conference.id(), name.getValue(), gate.getValue()));
                name.clear();
                refresh();
            } catch (ValidationException ex) {
                Notifications.error(String.join(" ", ex.fieldErrors().values()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, gate, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.addColumn(ScannerDevice::name).setHeader(getTranslation("scanners.name"));
        grid.addColumn(ScannerDevice::gate).setHeader(getTranslation("scanners.gate"));
        grid.addColumn(d -> Times.DATE_TIME.format(Times.local(d.createdAt()))).setHeader(getTranslation("scanners.created"));
        grid.addComponentColumn(d -> d.revokedAt() != null
                ? new Paragraph(getTranslation("scanners.revoked"))
                : new Button(getTranslation("scanners.revoke"), e -> {
                    scanners.revoke(d.id());
                    refresh();
                })).setHeader("");
        add(new H2(getTranslation("nav.scanners")), new Paragraph(getTranslation("scanners.help")), form, grid);
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
        grid.setItems(scanners.devices(conference.id()));
    }

    private void show(ScannerService.Registered registered) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scanners.token", registered.device().name()));
        TextField token = new TextField();
        token.setValue(registered.token());
        token.setReadOnly(true);
        token.setWidthFull();
        dialog.add(new Paragraph(getTranslation("scanners.token.help")), token);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }
}
