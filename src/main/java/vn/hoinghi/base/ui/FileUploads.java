package vn.hoinghi.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/** A single-file upload for office spreadsheets, labelled in the user's language. */
public final class FileUploads {

    private FileUploads() {
    }

    public static Upload spreadsheet(UploadHandler handler) {
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setWidthFull();
        UploadI18N texts = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(upload.getTranslation("upload.tooBig"))
                        .setIncorrectFileType(upload.getTranslation("upload.wrongType"))
                        .setTooManyFiles(upload.getTranslation("upload.tooMany")));
        upload.setI18n(texts);
        return upload;
    }
}
