package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static Certificate person(String name) {
        return new Certificate("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "Bằng khen", name, false,
                "Bác sĩ, Trưởng khoa Hồi sức tích cực", "Bệnh viện Đa khoa tỉnh",
                "xuất sắc trong công tác phòng, chống dịch COVID-19 năm 2021", "2456/QĐ-UBND", LocalDate.of(2021, 10, 25),
                "Quảng Trị", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam");
    }

    static Certificate collective(String name) {
        return new Certificate("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị", "Bằng khen", name, true, null,
                "huyện Đakrông", "hoàn thành xuất sắc nhiệm vụ phòng, chống dịch COVID-19", "2456/QĐ-UBND",
                LocalDate.of(2021, 10, 25), "Quảng Trị", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam");
    }

    @Test
    void onePagePerRecipientWithTheirNameTheDecisionAndTheSigner() throws IOException {
        byte[] pdf = CertificatePdf.of(List.of(person("Nguyễn Thị Hường"), collective("Tổ Covid cộng đồng thôn A Vao")));
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificates-sample.pdf"), pdf); // to look at

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String first = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
                    "BẰNG KHEN", "Nguyễn Thị Hường", "Bác sĩ, Trưởng khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh",
                    "phòng, chống dịch COVID-19", "Quyết định số 2456/QĐ-UBND", "25/10/2021",
                    "Quảng Trị, ngày 25 tháng 10 năm 2021", "PHÓ CHỦ TỊCH", "Hoàng Nam");
            String second = PdfTextExtractor.getTextFromPage(doc.getPage(2));
            assertThat(second).contains("Tổ Covid cộng đồng thôn A Vao", "huyện Đakrông").doesNotContain("Nguyễn Thị Hường");
        }
    }

    @Test
    void aLongDecisionNumberStaysWholeAndTheSignersSideKeepsItsHalf() throws IOException {
        String number = "12345/QĐ-BCĐPCDCOVID19-UBND-VPUBND";
        Certificate c = person("Trần Văn Bình");
        Certificate longNumber = new Certificate(c.issuer(), c.awardForm(), c.recipient(), c.collective(), c.title(),
                c.workUnit(), c.achievement(), number, c.decisionDate(), c.place(), c.signerTitle(), c.signerName());

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(CertificatePdf.of(List.of(longNumber)))))) {
            List<String> lines = PdfTextExtractor.getTextFromPage(doc.getPage(1)).lines().map(String::strip).toList();
            assertThat(lines).contains("Quảng Trị, ngày 25 tháng 10 năm 2021")
                    .anySatisfy(line -> assertThat(line).endsWith(number));
        }
    }
}
