package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.ImportPreview;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.security.AppRoles;

/**
 * How long a 5,000-row delegate sheet takes to preview and to commit (goals: 2 s and 3 s on 2 cores).
 * Run: ./mvnw test -Dtest=ImportBenchmark -Dbenchmark=true
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@WithMockUser(roles = AppRoles.STAFF)
class ImportBenchmark {

    private static final int ROWS = 5000;
    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Quốc", "Ngọc");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hiếu", "Lan", "Linh", "Nam", "Phương", "Quân", "Thủy", "Tâm", "Vân");
    private static final List<String> POINTS = List.of("Hội trường UBND tỉnh", "Điểm cầu UBND thành phố Đông Hà",
            "Điểm cầu UBND huyện Vĩnh Linh", "Điểm cầu UBND huyện Gio Linh", "Điểm cầu UBND huyện Cam Lộ",
            "Điểm cầu UBND huyện Triệu Phong", "Điểm cầu UBND huyện Hải Lăng", "Điểm cầu UBND huyện Hướng Hóa",
            "Điểm cầu UBND huyện Đakrông", "Điểm cầu UBND huyện Cồn Cỏ");

    @Autowired ImportFixture fixture;
    @Autowired DelegateImportService importer;

    @Test
    void aFiveThousandRowSheet() throws IOException {
        byte[] sheet = sheet();
        importer.preview(fixture.conferenceWithPoints(), "khoi-dong.xlsx", sheet, p -> { }); // warm-up
        long conference = fixture.conferenceWithPoints();

        long start = System.nanoTime();
        ImportPreview preview = importer.preview(conference, "5000.xlsx", sheet, p -> { });
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        importer.commit(preview);
        double commitSeconds = (System.nanoTime() - start) / 1e9;

        assertThat(preview.count(ImportAction.ADD)).isEqualTo(ROWS);
        System.out.printf("import-preview-5000: %.2f s%n", previewSeconds);
        System.out.printf("import-commit-5000: %.2f s%n", commitSeconds);
    }

    private static byte[] sheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "benchmark", "1.0");
        Worksheet ws = workbook.newWorksheet("Đại biểu");
        ws.value(0, 0, "DANH SÁCH ĐẠI BIỂU");
        String[] header = {"STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu", "Điện thoại", "Email"};
        for (int c = 0; c < header.length; c++) {
            ws.value(2, c, header[c]);
        }
        for (int i = 0; i < ROWS; i++) {
            int r = i + 3;
            ws.value(r, 0, i + 1);
            ws.value(r, 1, SURNAMES.get(i % 10) + " " + MIDDLE.get(i % 8) + " " + GIVEN.get(i % 14) + " " + (i / 840 + 1));
            ws.value(r, 2, i % 3 == 0 ? "Nữ" : "Nam");
            ws.value(r, 3, "Chuyên viên phòng " + (i % 40 + 1));
            ws.value(r, 4, "Đơn vị số " + (i % 120 + 1));
            ws.value(r, 5, "Thành phần " + (i % 7 + 1));
            ws.value(r, 6, POINTS.get(i % POINTS.size()));
            ws.value(r, 7, String.format("09%08d", i));
            ws.value(r, 8, "daibieu" + i + "@quangtri.gov.vn");
        }
        workbook.finish();
        return out.toByteArray();
    }
}
