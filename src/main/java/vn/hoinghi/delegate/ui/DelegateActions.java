package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.delegate.CardPdfService;
import vn.hoinghi.delegate.DelegateExportService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.SeatPlanPdfService;

/** The list's file actions: import, export and print. */
@org.springframework.stereotype.Component
class DelegateActions {

    private final DelegateImportService importer;
    private final DelegateExportService exporter;
    private final SeatPlanPdfService seatPlans;
    private final CardPdfService cards;

    DelegateActions(DelegateImportService importer, DelegateExportService exporter, SeatPlanPdfService seatPlans,
                    CardPdfService cards) {
        this.cards = cards;
        this.importer = importer;
        this.exporter = exporter;
        this.seatPlans = seatPlans;
    }

    DelegateImportService importer() {
        return importer;
    }

    Anchor exportLink(long conferenceId, Supplier<DelegateFilter> filter) {
        Anchor link = new Anchor(Downloads.file("danh-sach-dai-bieu.xlsx", Downloads.XLSX, () -> exporter.xlsx(conferenceId, filter.get())), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(" " + link.getTranslation("delegates.export")));
        link.addClassName("hn-link-button");
        return link;
    }

    Anchor seatPlanLink(long conferenceId) {
        Anchor link = new Anchor(Downloads.pdf("so-do-cho-ngoi.pdf", () -> seatPlans.pdf(conferenceId)), "");
        link.add(VaadinIcon.PRINT.create(), new com.vaadin.flow.component.html.Span(" " + link.getTranslation("seating.print")));
        link.addClassName("hn-link-button");
        return link;
    }

    /** The cards of the group the supplier names when clicked (null: every group). */
    Anchor cardsLink(long conferenceId, Supplier<Long> groupId) {
        return link(new Anchor(Downloads.pdf("the-dai-bieu.pdf", () -> cards.cards(conferenceId, groupId.get())), ""),
                VaadinIcon.CREDIT_CARD, "cards.cards");
    }

    Anchor platesLink(long conferenceId, String textKey) {
        return link(new Anchor(Downloads.pdf("bang-ten.pdf", () -> cards.namePlates(conferenceId)), ""),
                VaadinIcon.PRINT, textKey);
    }

    private static Anchor link(Anchor link, VaadinIcon icon, String textKey) {
        link.add(icon.create(), new com.vaadin.flow.component.html.Span(" " + link.getTranslation(textKey)));
        link.addClassName("hn-link-button");
        return link;
    }
}
