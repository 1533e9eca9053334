package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.submission.FileType;
import vn.hoinghi.submission.SubmissionService;
import vn.hoinghi.base.ui.ComponentTexts;

/**
 * Sends a unit's file as the contribution's next version. The file is checked by its content on the server
 * (a text renamed .pdf is refused there), and the refusal is shown right under the upload, in the unit's words.
 */
class UnitUpload extends Div {

    private final Paragraph error = new Paragraph();
    private final TextField note = new TextField(getTranslation("contrib.unit.note"));
    private Upload upload;

    UnitUpload(SubmissionService submissions, long contributionId, boolean late, Runnable onSent) {
        addClassName("hn-contrib-upload");
        int limit = submissions.maxMegabytes();
        Paragraph help = new Paragraph(getTranslation("contrib.unit.upload.help", limit));
        help.addClassName("hn-help");
        add(help);
        if (late) {
            Paragraph warning = new Paragraph(getTranslation("contrib.unit.upload.late"));
            warning.addClassName("hn-contrib-late-warning");
            add(warning);
        }
        note.setWidthFull();
        upload = FileUploads.bounded(limit * 1024L * 1024L, (fileName, bytes) -> {
            try {
                int number = submissions.upload(contributionId, fileName, bytes, note.getValue());
                error.setVisible(false);
                Notifications.success(getTranslation("contrib.unit.uploaded", number));
                onSent.run();
            } catch (ValidationException e) {
                refuse(e.getMessage());
            }
        }, this::refuse);
        upload.setAcceptedFileTypes(FileType.PDF.mediaType, FileType.PDF.extension, FileType.DOCX.mediaType,
                FileType.DOCX.extension);
        // The server names the file and its size; the browser only stops what is far too large to send.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, 4L * limit * 1024 * 1024));
        upload.setI18n(ComponentTexts.upload()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contrib.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("contrib.upload.tooBig", limit))
                        .setIncorrectFileType(getTranslation("contrib.upload.wrongType"))
                        .setTooManyFiles(getTranslation("upload.tooMany"))));
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            refuse(e.getErrorMessage());
        });
        upload.setWidthFull();
        error.addClassName("hn-upload-error");
        error.setVisible(false);
        add(note, upload, error);
    }

    /** Said right under the upload, where the unit looks, not in a passing notification. */
    private void refuse(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
