package vn.hoinghi.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.net.URLConnection;
import vn.hoinghi.base.FileSizes;
import vn.hoinghi.base.Times;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;

/** One mail as it was stored: recipient, status, the text and a link to download the attachment. */
class MailDialog extends Dialog {

    final Div body = new Div();
    Anchor download;

    MailDialog(MailService mails, OutboxMail mail) {
        setHeaderTitle(mail.subject());
        addClassName("hn-mail-dialog");
        setWidth("min(48rem, 100vw)");
        Div facts = new Div();
        facts.addClassName("hn-facts");
        fact(facts, "outbox.recipient", mail.recipient());
        fact(facts, "outbox.status", getTranslation("mail.status." + mail.status())
                + (mail.error() == null ? "" : " — " + mail.error()));
        fact(facts, "outbox.time", Times.DATE_TIME.format(Times.local(mail.createdAt())));
        fact(facts, "outbox.createdBy", mail.createdBy());
        add(facts);

        body.setText(mail.body());
        body.addClassName("hn-mail-body");
        body.getStyle().set("white-space", "pre-wrap").set("margin-top", "var(--lumo-space-m)");
        add(body);

        if (mail.hasAttachment()) {
            download = new Anchor(DownloadHandler.fromInputStream(e -> mails.attachment(mail.id())
                    .map(a -> new DownloadResponse(new ByteArrayInputStream(a.content()), a.name(),
                            contentType(a.name()), a.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))), "");
            download.add(VaadinIcon.PAPERCLIP.create(), new Span(" " + mail.attachmentName() + size(mail)));
            Div attachment = new Div(download);
            attachment.getStyle().set("margin-top", "var(--lumo-space-m)");
            add(attachment);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private static String contentType(String name) {
        String type = URLConnection.getFileNameMap().getContentTypeFor(name);
        return type == null ? "application/octet-stream" : type;
    }

    private String size(OutboxMail mail) {
        Integer bytes = mail.attachmentSize();
        return bytes == null ? "" : " (" + FileSizes.format(bytes, getLocale()) + ")";
    }

    private void fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("hn-fact-label");
        Span text = new Span(value);
        text.addClassName("hn-fact-value");
        Div row = new Div(label, text);
        row.addClassName("hn-fact");
        facts.add(row);
    }
}
