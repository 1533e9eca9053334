package vn.hoinghi.submission.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.BiConsumer;
import vn.hoinghi.base.FileSizes;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.StoredFile;
import vn.hoinghi.submission.report.UnitReportService;
import vn.hoinghi.base.ui.ComponentTexts;

/**
 * The report's narrative file: upload a PDF or Word file (checked by the service by its content), and every file
 * sent so far, newest first — the newest is the one the committee reads; earlier ones stay downloadable.
 */
class NarrativeFiles extends Div {

    private final UnitReportService service;
    private final long conferenceId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    /** {@code onUpload} gets the file's name and content and sends them to the service. */
    NarrativeFiles(UnitReportService service, long conferenceId, int maxMegabytes, boolean editable,
                   BiConsumer<String, byte[]> onUpload) {
        this.service = service;
        this.conferenceId = conferenceId;
        addClassName("hn-narrative");
        add(new H3(getTranslation("reports.file.title")));
        Paragraph help = new Paragraph(getTranslation("reports.file.help", maxMegabytes));
        help.addClassName("hn-help");
        none.setText(getTranslation("reports.file.none"));
        list.addClassName("hn-narrative-list");
        add(help);
        if (editable) {
            Upload upload = FileUploads.bounded(maxMegabytes * 1024L * 1024L, onUpload, Notifications::error);
            upload.setAcceptedFileTypes(".pdf", ".docx", "application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            upload.setMaxFileSize(maxMegabytes * 1024 * 1024);
            upload.addClassName("hn-narrative-upload");
            upload.setI18n(ComponentTexts.upload()
                    .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("reports.file.add")))
                    .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")))
                    .setError(new UploadI18N.Error()
                            .setFileIsTooBig(getTranslation("reports.file.tooBig", maxMegabytes))
                            .setIncorrectFileType(getTranslation("reports.file.wrongType"))
                            .setTooManyFiles(getTranslation("upload.tooMany"))));
            add(upload);
        }
        add(none, list);
    }

    void show(List<StoredFile> files) {
        list.removeAll();
        none.setVisible(files.isEmpty());
        for (int i = 0; i < files.size(); i++) {
            StoredFile f = files.get(i);
            Anchor link = new Anchor(Downloads.file(f.fileName(), f.type().mediaType,
                    () -> service.file(conferenceId, f.id())), f.fileName());
            link.addClassName("hn-narrative-link");
            String facts = getTranslation("reports.file.facts", Times.DATE_TIME.format(Times.local(f.uploadedAt())),
                    FileSizes.format(f.size(), getLocale())) + (f.pageCount() == null ? "" : " · " + getTranslation("reports.file.pages", f.pageCount()));
            Span meta = new Span(facts);
            meta.addClassName("hn-substitute");
            ListItem item = new ListItem(link, meta);
            if (i == 0) {
                Span current = new Span(getTranslation("reports.file.current"));
                current.getElement().getThemeList().add("badge success small");
                item.add(current);
            }
            list.add(item);
        }
    }
}
