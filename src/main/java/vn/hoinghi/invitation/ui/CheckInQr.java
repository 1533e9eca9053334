package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import vn.hoinghi.document.QrImage;

/** The check-in QR, as large as the phone's width allows: the gates scan it from the screen. An inline PNG. */
class CheckInQr extends Div {

    CheckInQr(String link) {
        addClassNames("hn-dp-section", "hn-dp-qr");
        H2 title = new H2(getTranslation("delegatePage.qr.title"));
        Image qr = new Image(QrImage.pngDataUri(link), getTranslation("delegatePage.qr.alt"));
        qr.addClassName("hn-dp-qr-image");
        Paragraph help = new Paragraph(getTranslation("delegatePage.qr.help"));
        help.addClassName("hn-dp-help");
        add(title, qr, help);
    }
}
