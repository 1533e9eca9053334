package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import vn.hoinghi.delegate.DelegateExportService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;

/** The list's file actions: import, export and print. */
@org.springframework.stereotype.Component
class DelegateActions {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final DelegateImportService importer;
    private final DelegateExportService exporter;

    DelegateActions(DelegateImportService importer, DelegateExportService exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    DelegateImportService importer() {
        return importer;
    }

    Anchor exportLink(long conferenceId, Supplier<DelegateFilter> filter) {
        Anchor link = new Anchor(download("danh-sach-dai-bieu.xlsx", XLSX, () -> exporter.xlsx(conferenceId, filter.get())), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(" " + link.getTranslation("delegates.export")));
        link.addClassName("hn-link-button");
        return link;
    }

    Component[] printButtons(long conferenceId, Supplier<DelegateFilter> filter) {
        return new Component[0];
    }

    Component seatPlanButton(long conferenceId) {
        return new com.vaadin.flow.component.html.Span();
    }

    static DownloadHandler download(String fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }
}
