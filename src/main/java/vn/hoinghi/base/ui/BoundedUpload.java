package vn.hoinghi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives one file into memory, but never more than {@code maxBytes} of it: a body that says it is larger is
 * refused before it is read, one that turns out larger is refused at the limit. The browser's size check is only a
 * courtesy; this is the one that holds. Both the file and a refusal are handed over in the UI's thread.
 */
final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final BiConsumer<String, byte[]> onFile;
    private final Consumer<String> onRefused;

    BoundedUpload(long maxBytes, BiConsumer<String, byte[]> onFile, Consumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    /** Runs on the upload's request thread, where there is no current UI: texts take the UI's locale explicitly. */
    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        long declared = event.getFileSize();
        if (declared > maxBytes + 64 * 1024) { // what a request declares, with room for a multipart body's fields
            refuse(event, ui, ui.getTranslation(ui.getLocale(), "upload.tooLarge", name,
                    String.format(ui.getLocale(), "%.1f", declared / (1024.0 * 1024.0)), maxBytes / (1024 * 1024)));
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            refuse(event, ui, ui.getTranslation(ui.getLocale(), "upload.overLimit", name, maxBytes / (1024 * 1024)));
            return;
        }
        ui.access(() -> onFile.accept(name, bytes));
    }

    private void refuse(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> onRefused.accept(message));
    }
}
