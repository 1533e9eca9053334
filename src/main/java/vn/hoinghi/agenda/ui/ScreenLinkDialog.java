package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.QrImage;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;

/** Makes a screen link, then shows it once: the address to type or the QR code to scan on the display. */
class ScreenLinkDialog extends Dialog {

    private final ScreenLinkService links;
    private final Conference conference;
    private final Runnable saved;
    private final RadioButtonGroup<ScreenKind> kind = new RadioButtonGroup<>();
    private final ComboBox<MeetingPoint> point = new ComboBox<>();
    private final TextField label = new TextField();

    ScreenLinkDialog(ScreenLinkService links, Conference conference, List<MeetingPoint> remotePoints, Runnable saved) {
        this.links = links;
        this.conference = conference;
        this.saved = saved;
        setHeaderTitle(getTranslation("screens.create"));
        kind.setLabel(getTranslation("screens.kind"));
        kind.setItems(ScreenKind.DISPLAYS);
        kind.setItemLabelGenerator(k -> getTranslation("screens.kind." + k));
        kind.setValue(ScreenKind.HALL);
        point.setLabel(getTranslation("screens.point"));
        point.setItems(remotePoints);
        point.setItemLabelGenerator(MeetingPoint::name);
        point.setWidthFull();
        label.setLabel(getTranslation("screens.label"));
        label.setWidthFull();
        label.setMaxLength(100);
        label.setValue(getTranslation("screens.kind.HALL"));
        kind.addValueChangeListener(e -> suggestLabel());
        point.addValueChangeListener(e -> suggestLabel());
        point.setVisible(false);
        add(kind, point, label);
        Button create = new Button(getTranslation("screens.create.ok"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
        setWidth("min(34rem, 100vw)");
    }

    private void suggestLabel() {
        point.setVisible(kind.getValue() == ScreenKind.POINT);
        String base = getTranslation("screens.kind." + kind.getValue());
        label.setValue(kind.getValue() == ScreenKind.POINT && point.getValue() != null
                ? base + " " + point.getValue().name() : base);
    }

    private void create() {
        MeetingPoint p = point.getValue();
        List<ScreenLinkService.Created> created = new ArrayList<>(1);
        if (FieldErrors.save(Map.<String, HasValidation>of("kind", kind, "point", point, "label", label),
                () -> created.add(links.create(conference.id(), kind.getValue(), p == null ? null : p.id(), label.getValue())))) {
            saved.run();
            showOnce(created.getFirst());
        }
    }

    private void showOnce(ScreenLinkService.Created created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(created.link().label());
        String url = ServletUriComponentsBuilder.fromContextPath(
                ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest())
                .path("/s/" + created.token()).toUriString();
        TextField address = new TextField(getTranslation("screens.address"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("hn-screen-address");
        Div qr = new Div(new Html("<div>" + QrImage.svg(url) + "</div>"));
        qr.addClassName("hn-screen-qr");
        add(new Paragraph(getTranslation("screens.address.help")), address, qr);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
