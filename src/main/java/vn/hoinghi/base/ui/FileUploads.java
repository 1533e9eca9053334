package vn.hoinghi.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Single-file uploads, read on the server only up to their limit (see {@link BoundedUpload}). */
public final class FileUploads {

    private FileUploads() {
    }

    /**
     * An office spreadsheet (.xlsx or .csv) of at most {@code maxBytes}, labelled in the user's language;
     * {@code onFile} gets its name and content, {@code onRefused} the message for a file over the limit.
     */
    public static Upload spreadsheet(int maxBytes, BiConsumer<String, byte[]> onFile, Consumer<String> onRefused) {
        Upload upload = bounded(maxBytes, onFile, onRefused);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize(maxBytes);
        upload.setWidthFull();
        UploadI18N texts = ComponentTexts.upload()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(upload.getTranslation("upload.tooBig", maxBytes / (1024 * 1024)))
                        .setIncorrectFileType(upload.getTranslation("upload.wrongType"))
                        .setTooManyFiles(upload.getTranslation("upload.tooMany")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            onRefused.accept(e.getErrorMessage());
        });
        return upload;
    }

    /**
     * Any one file of at most {@code maxBytes}; the caller sets the accepted types and texts. The list is emptied once
     * a file is handed over or refused, so that the next choice (after a refusal, too) is taken.
     */
    public static Upload bounded(long maxBytes, BiConsumer<String, byte[]> onFile, Consumer<String> onRefused) {
        Upload upload = new Upload();
        upload.setUploadHandler(new BoundedUpload(maxBytes, (name, bytes) -> {
            upload.clearFileList();
            onFile.accept(name, bytes);
        }, message -> {
            upload.clearFileList();
            onRefused.accept(message);
        }));
        upload.setMaxFiles(1);
        upload.setI18n(ComponentTexts.upload());
        return upload;
    }
}
