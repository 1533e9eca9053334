package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import vn.hoinghi.base.ui.Downloads;
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

    DelegateActions(DelegateImportService importer, DelegateExportService exporter, SeatPlanPdfService seatPlans) {
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
}
