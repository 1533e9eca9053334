package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.invitation.PdfAssertions;

/** Whatever its length, what a card says stays inside the card: long names, titles, units and points are fitted. */
class CardSheetTest {

    private static final String LONG_TITLE = "Hội nghị tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị, "
            + "phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2025 và triển khai nhiệm vụ năm 2026";

    @Test
    void longTextsAreFittedInsideTheirCard() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            CardSheet sheet = new CardSheet(pdf, new PdfFonts(), conference());
            sheet.add(new PrintedDelegate(1, "Tôn Nữ Thị Phương Thảo Nguyên Hạnh Dung",
                    "Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh, Trưởng Ban Tổ chức, Chủ nhiệm Ủy ban Kiểm tra",
                    "Đảng ủy các cơ quan Đảng tỉnh Quảng Trị và Ban Chỉ đạo thực hiện Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy",
                    "Lãnh đạo các cơ quan chuyên môn, đơn vị sự nghiệp, doanh nghiệp nhà nước thuộc tỉnh", "#4A148C",
                    false, null, null, "Điểm cầu Trung tâm Chính trị đặc khu Cồn Cỏ kết nối qua vệ tinh VSAT", "http://x/moi/1.1.abc"));
        }
        byte[] bytes = out.toByteArray();
        PdfAssertions.save(bytes, "the-dai-bieu-dai.pdf");

        String page = PdfAssertions.text(bytes, 1).replaceAll("\\s", "");
        String card = CardTexts.card(bytes, 0).replaceAll("\\s", "");
        assertThat(card).isEqualTo(page).contains("TÔNNỮTHỊ", "ĐẠIBIỂU", "DỰTẠI");
    }

    private static Conference conference() {
        return new Conference(1, LONG_TITLE, "Ban Thường vụ Tỉnh ủy Quảng Trị", null, "Quảng Trị", "Hội trường",
                ConferenceFormat.HYBRID, null, Instant.parse("2026-01-09T00:30:00Z"), Instant.parse("2026-01-09T04:30:00Z"),
                60, null, null, null, null, 15, 0);
    }
}
