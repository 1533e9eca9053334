package vn.hoinghi.browser;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** A video file for Chromium's fake camera (Y4M, 4:2:0): a QR code held still in front of the lens. */
final class FakeCamera {

    private static final int SIZE = 480;
    private static final int FRAMES = 10;

    private FakeCamera() {
    }

    static Path showing(String text, Path file) throws IOException, WriterException {
        BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400, Map.of(EncodeHintType.MARGIN, 2));
        byte[] luma = new byte[SIZE * SIZE];
        Arrays.fill(luma, (byte) 235);
        int offset = (SIZE - qr.getWidth()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    luma[(y + offset) * SIZE + x + offset] = (byte) 16;
                }
            }
        }
        byte[] chroma = new byte[SIZE * SIZE / 4];
        Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + SIZE + " H" + SIZE + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }
}
