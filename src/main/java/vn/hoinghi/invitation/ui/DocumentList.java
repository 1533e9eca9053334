package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.hoinghi.handout.DelegateHandout;

/** The documents published to this delegate, each a link to their own expiring download. */
class DocumentList extends Div {

    DocumentList(List<DelegateHandout> documents) {
        addClassNames("hn-dp-section", "hn-dp-documents");
        add(new H2(getTranslation("delegatePage.documents.title")));
        if (documents.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("delegatePage.documents.none"));
            none.addClassName("hn-dp-help");
            add(none);
            return;
        }
        for (DelegateHandout d : documents) {
            Anchor link = new Anchor(d.url(), d.title());
            link.addClassName("hn-dp-document");
            link.setRouterIgnore(true); // a download served outside Vaadin, not a route
            link.getElement().setAttribute("download", d.fileName());
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Span size = new Span(d.sizeBytes() == null ? "" : kilobytes(d.sizeBytes()));
            size.addClassName("hn-dp-document-size");
            link.add(size);
            add(link);
        }
    }

    private String kilobytes(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("delegatePage.documents.mb", "%.1f".formatted(bytes / 1048576.0))
                : getTranslation("delegatePage.documents.kb", Math.max(1, bytes / 1024));
    }
}
