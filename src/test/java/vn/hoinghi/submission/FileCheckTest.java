package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.hoinghi.OnPage;
import vn.hoinghi.base.ValidationException;

class FileCheckTest {

    private final FileCheck check = new FileCheck(1);

    @Test
    void aRealPdfIsAcceptedWithItsPageCount() {
        CheckedFile f = check.check("tham-luan.pdf", SampleFiles.pdf("Tham luận", 3));
        assertThat(f.type()).isEqualTo(FileType.PDF);
        assertThat(f.pageCount()).isEqualTo(3);
        assertThat(f.sha256()).hasSize(64);
    }

    @Test
    void aWordDocumentIsAcceptedWhateverItsName() {
        CheckedFile f = check.check("tham luan (ban cuoi)", SampleFiles.docx("Tham luận"));
        assertThat(f.type()).isEqualTo(FileType.DOCX);
        assertThat(f.pageCount()).isNull();
    }

    @Test
    void aFileNamedPdfThatIsNotIsRefusedByName() {
        byte[] text = "Đây là văn bản thường, không phải PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> check.check("tham-luan.pdf", text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("«tham-luan.pdf»").hasMessageContaining("không phải tệp PDF hay Word");
    }

    @Test
    void aRefusalReadsInEnglishOnAnEnglishPage() {
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> check.check("tham-luan.pdf", new byte[0])).isInstanceOf(ValidationException.class)
                    .hasMessage("The file “tham-luan.pdf” is empty. Choose the file again.");
            assertThatThrownBy(() -> check.check("anh.png", new byte[] {1, 2, 3})).isInstanceOf(ValidationException.class)
                    .hasMessage("The file “anh.png” is neither a PDF nor a Word (DOCX) file. Only PDF or DOCX files are"
                            + " accepted.");
        }
    }

    @Test
    void aBrokenPdfIsRefused() {
        byte[] pdf = SampleFiles.pdf("Tham luận", 2);
        byte[] cut = Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> check.check("hong.pdf", cut))
                .isInstanceOf(ValidationException.class).hasMessageContaining("bị hỏng");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("anh.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertThatThrownBy(() -> check.check("tham-luan.docx", out.toByteArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đuôi .docx");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> check.check("lon.pdf", big))
                .isInstanceOf(ValidationException.class).hasMessageContaining("quá giới hạn 1 MB");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> check.check("rong.pdf", new byte[0]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rỗng");
    }

    @Test
    void hostilePdfsAndWordPackagesAreRefusedInWordsWithoutExhaustingMemory() throws Exception {
        String pages = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 2147483647 >> endobj\n"
                + "trailer << /Root 1 0 R /Size 3 >>\n%%EOF";
        byte[] deep = ("%PDF-1.7\n1 0 obj " + "[".repeat(200_000) + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
                .getBytes(StandardCharsets.US_ASCII);
        var many = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(many)) {
            for (int i = 0; i < 3000; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("word/" + i + ".xml"));
                zip.closeEntry();
            }
        }
        byte[][] files = {pages.getBytes(StandardCharsets.US_ASCII), deep, many.toByteArray()};
        for (int i = 0; i < files.length; i++) {
            byte[] hostile = files[i];
            long start = System.nanoTime();
            assertThatThrownBy(() -> check.check("doc-hai.pdf", hostile)).as("hostile file %d", i)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("«doc-hai.pdf»")
                    .hasMessageNotContaining("Exception");
            System.out.println("hostile file " + i + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
