package vn.hoinghi.submission;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.FileSizes;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.document.ZipPackages;

/**
 * Accepts a unit's file only if its content is what it claims: a PDF that opens as a PDF, or a Word document
 * (DOCX) whose package holds a document. The name's extension is not trusted, and nothing over the size limit is
 * kept. Messages name the file and say what to do.
 */
@Component
public class FileCheck {

    public static final String FIELD = "file";
    /**
     * A page tree's declared count, read before iText, which walks every declared page (a 200-byte file that
     * declares two billion pages keeps a core busy for seconds). A count inside a compressed object stream is not
     * seen here.
     */
    private static final Pattern DECLARED_PAGES = Pattern.compile("/Count\\s+(\\d+)");
    private static final int MAX_PAGES = 10_000;

    private final int maxMegabytes;

    public FileCheck(@Value("${hoinghi.upload.max-megabytes:20}") int maxMegabytes) {
        this.maxMegabytes = maxMegabytes;
    }

    public int maxMegabytes() {
        return maxMegabytes;
    }

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    public CheckedFile check(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? Texts.t("submission.file.noName") : fileName.strip();
        if (content == null || content.length == 0) {
            throw refused(Texts.t("submission.file.empty", name));
        }
        if (content.length > maxBytes()) {
            throw refused(Texts.t("submission.file.tooLarge", name, FileSizes.format(content.length, Texts.current()),
                    String.valueOf(maxMegabytes)));
        }
        if (startsWith(content, "%PDF-")) {
            return new CheckedFile(name, FileType.PDF, content, sha256(content), pdfPages(name, content));
        }
        if (startsWith(content, "PK\u0003\u0004") && isWordDocument(content)) {
            return new CheckedFile(name, FileType.DOCX, content, sha256(content), null);
        }
        String lower = name.toLowerCase();
        if (lower.endsWith(".pdf") || lower.endsWith(".docx")) {
            throw refused(Texts.t("submission.file.fakeExtension", name, lower.substring(lower.lastIndexOf('.'))));
        }
        throw refused(Texts.t("submission.file.wrongType", name));
    }

    private static int pdfPages(String name, byte[] content) {
        Matcher count = DECLARED_PAGES.matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (count.find()) {
            if (count.group(1).length() > 6 || Integer.parseInt(count.group(1)) > MAX_PAGES) {
                throw refused(Texts.t("submission.file.tooManyPages", name, count.group(1),
                        String.valueOf(MAX_PAGES)));
            }
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(content)))) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw refused(Texts.t("submission.file.noPages", name));
            }
            return pages;
        } catch (ValidationException e) {
            throw e;
        } catch (RuntimeException | IOException | StackOverflowError e) {
            // iText reads nested arrays and dictionaries recursively: a file nested 200,000 deep overflows the stack
            // inside the parser, which the overflow unwinds; it is a broken file like any other.
            throw refused(Texts.t("submission.file.brokenPdf", name));
        }
    }

    private static boolean isWordDocument(byte[] content) {
        return ZipPackages.holds(content, "[Content_Types].xml", "word/document.xml");
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidationException refused(String message) {
        return new ValidationException(Map.of(FIELD, message));
    }
}
