package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.unit.UnitService;

@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-nhap", roles = AppRoles.STAFF)
class NominationImportServiceTest {

    @Autowired AwardFixture fixture;
    @Autowired NominationImportService importer;
    @Autowired NominationService nominations;
    @Autowired AuditLog auditLog;
    @Autowired UnitService units;

    @Test
    void theUnitsSheetOf206ProposalsImportsWholeWithTheSameNomineeFromTwoUnitsPointedOut() {
        long conference = fixture.conference(45, 152);
        NominationImportPreview preview = importer.preview(conference, AwardFixture.SAMPLE, AwardFixture.sample(), null);

        assertThat(preview.headerRow()).isEqualTo(4);
        assertThat(preview.rows()).hasSize(206);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(ImportAction.ADD, RecipientType.COLLECTIVE)).isEqualTo(48);
        assertThat(preview.count(ImportAction.ADD, RecipientType.INDIVIDUAL)).isEqualTo(158);
        assertThat(preview.rows().stream().filter(r -> !r.warnings().isEmpty()))
                .extracting(NominationImportRow::row, NominationImportRow::fullName)
                .containsExactly(tuple(109, "Hội Chữ thập đỏ Cồn Cỏ"), tuple(129, "Hội Chữ thập đỏ Cồn Cỏ"),
                        tuple(194, "Khoa Xét nghiệm, Trung tâm Kiểm soát bệnh tật tỉnh"),
                        tuple(199, "Khoa Xét nghiệm, Trung tâm Kiểm soát bệnh tật tỉnh"));
        assertThat(preview.rows(ImportAction.ADD).get(104).warnings())
                .containsExactly("Cũng được Bộ Chỉ huy Bộ đội Biên phòng tỉnh đề nghị ở dòng 22.");
        assertThat(nominations.list(conference, NominationFilter.ALL)).as("a preview writes nothing").isEmpty();

        assertThat(importer.commit(preview)).isEqualTo(new NominationImportResult(206, 0, 0));

        List<Nomination> list = nominations.list(conference, NominationFilter.ALL);
        assertThat(list).hasSize(206).allMatch(n -> n.status() == NominationStatus.PROPOSED);
        assertThat(list).extracting(Nomination::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 206).boxed().toList());
        assertThat(list.getFirst()).satisfies(n -> {
            assertThat(n.type()).isEqualTo(RecipientType.COLLECTIVE);
            assertThat(n.fullName()).isEqualTo("Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh (38)");
            assertThat(n.proposingUnitName()).isEqualTo("UBND huyện Cam Lộ");
            assertThat(n.form()).isEqualTo(AwardFixture.FORM);
        });
        assertThat(list.get(2)).satisfies(n -> {
            assertThat(n.fullName()).isEqualTo("Đinh Thị Yến");
            assertThat(n.titleAndUnit()).isEqualTo("Đại úy, Trung tâm Y tế huyện Hướng Hóa");
            assertThat(n.achievement()).isEqualTo("Lấy mẫu, xét nghiệm sàng lọc cộng đồng kịp thời, chính xác");
        });
        assertThat(list.stream().map(Nomination::proposingUnitName).distinct()).hasSize(16);
        assertThat(auditLog.forSubject("nomination", list.get(5).id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("nomination.create");
            assertThat(e.actor()).isEqualTo("bantochuc-nhap");
            assertThat(e.detail()).contains("Cá nhân · Bằng khen của Chủ tịch UBND tỉnh", "dòng 10");
        });
    }

    @Test
    void importingTheSameSheetAgainAddsNothing() {
        long conference = fixture.conferenceWithSample();

        NominationImportPreview again = importer.preview(conference, AwardFixture.SAMPLE, AwardFixture.sample(), null);

        assertThat(again.count(ImportAction.ADD)).isZero();
        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(206);
        assertThat(importer.commit(again)).isEqualTo(new NominationImportResult(0, 206, 0));
        assertThat(nominations.list(conference, NominationFilter.ALL)).hasSize(206);
    }

    @Test
    void badRowsAreRefusedNamingTheirRowAndFieldAndTheGoodOnesStillImport() {
        long conference = fixture.conference(45, 152);
        String csv = """
                DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG;;;;;;;
                STT;Tập thể/Cá nhân;Họ và tên / Tên tập thể;Chức vụ;Đơn vị công tác;Đơn vị đề nghị;Hình thức khen thưởng;Thành tích tóm tắt
                1;Cá nhân;Nguyễn Văn Bình;Bác sĩ;Bệnh viện Đa khoa tỉnh;Sở Y tế;Bằng khen của Chủ tịch UBND tỉnh;Điều trị bệnh nhân
                2;Cá nhân;;Bác sĩ;Bệnh viện Đa khoa tỉnh;Sở Y tế;Bằng khen của Chủ tịch UBND tỉnh;Điều trị bệnh nhân
                3;Hộ gia đình;Nhà ông Tư;;;Sở Y tế;Bằng khen của Chủ tịch UBND tỉnh;Hiến đất làm khu cách ly
                4;Tập thể;Khoa Hồi sức tích cực;;;Sở Y tế;Giấy khen của Giám đốc Sở;Điều trị bệnh nhân nặng
                5;Cá nhân;Trần Thị Cúc;Điều dưỡng;Bệnh viện Đa khoa tỉnh;Sở Y tế;Bằng khen của Chủ tịch UBND tỉnh;
                6;Cá nhân;Nguyễn Văn Bình;Bác sĩ;Bệnh viện Đa khoa tỉnh;Sở Y tế;Bằng khen của Chủ tịch UBND tỉnh;Điều trị bệnh nhân
                7;Tập thể;Tổ Covid cộng đồng thôn Tân Hòa;;;;Bằng khen của Chủ tịch UBND tỉnh;Giám sát cách ly tại nhà
                """;

        NominationImportPreview preview = importer.preview(conference, "loi.csv", csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(preview.count(ImportAction.ADD)).isEqualTo(1);
        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::message).containsExactly(
                tuple(4, "Họ và tên / Tên tập thể", "Thiếu họ và tên."),
                tuple(5, "Tập thể/Cá nhân", "“Hộ gia đình” không rõ là tập thể hay cá nhân: hãy ghi “Tập thể” hoặc “Cá nhân”."),
                tuple(6, "Hình thức khen thưởng", "Hình thức \"Giấy khen của Giám đốc Sở\" không có trong chỉ tiêu của hội nghị"
                        + " (có: Bằng khen của Chủ tịch UBND tỉnh)."),
                tuple(7, "Thành tích tóm tắt", "Thiếu tóm tắt thành tích."),
                tuple(8, "Họ và tên / Tên tập thể", "Trùng với dòng 3: cùng cá nhân, cùng hình thức, cùng đơn vị đề nghị"
                        + " (mỗi đề nghị chỉ ghi một lần)."),
                tuple(9, "Đơn vị đề nghị", "Thiếu đơn vị đề nghị."));
        assertThat(preview.problems().getFirst().toString()).isEqualTo("Dòng 4, Họ và tên / Tên tập thể: Thiếu họ và tên.");

        assertThat(importer.commit(preview)).isEqualTo(new NominationImportResult(1, 0, 6));
        assertThat(nominations.list(conference, NominationFilter.ALL)).extracting(Nomination::fullName)
                .containsExactly("Nguyễn Văn Bình");
    }

    @Test
    void aSheetWrittenOtherwiseIsReadTheSame() throws Exception {
        long conference = fixture.conference(45, 152);
        units.findOrCreate(conference, "UBND huyện Cam Lộ");
        byte[] sheet = otherOffice();

        NominationImportPreview preview = importer.preview(conference, "cam-lo.xlsx", sheet, null);

        assertThat(preview.headerRow()).as("the lower of the two header rows").isEqualTo(6);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(NominationImportRow::type, NominationImportRow::fullName,
                        NominationImportRow::title, NominationImportRow::workUnit, NominationImportRow::proposingUnit,
                        NominationImportRow::form)
                .containsExactly(
                        tuple(RecipientType.COLLECTIVE, "Trạm Y tế xã Cam Thành", null, null, "UBND huyện Cam Lộ", AwardFixture.FORM),
                        tuple(RecipientType.INDIVIDUAL, "Lê Thị Hồng Nhung", "Trưởng trạm", "Trạm Y tế xã Cam Thành",
                                "UBND huyện Cam Lộ", AwardFixture.FORM),
                        tuple(RecipientType.INDIVIDUAL, "Hoàng Văn Đức", "Trung úy", "Công an huyện Cam Lộ",
                                "UBND huyện Cam Lộ", AwardFixture.FORM));
        assertThat(preview.rows()).allMatch(r -> r.warnings().isEmpty());
        assertThat(importer.commit(preview).added()).isEqualTo(3);
    }

    @Test
    void aUnitsOwnSheetWithoutAProposingUnitColumnIsTheUnitNamedAboveTheTable() {
        long conference = fixture.conference(45, 152);
        units.findOrCreate(conference, "UBND huyện Gio Linh");
        String csv = """
                ỦY BAN NHÂN DÂN HUYỆN GIO LINH;;;;
                Danh sách đề nghị khen thưởng;;;;
                STT;Loại;Họ tên;Hình thức đề nghị;Thành tích
                1;Cá nhân (ông);Trần Văn Lộc;Bằng khen;Vận động nhân dân chấp hành giãn cách
                2;TT;Tổ Covid cộng đồng thôn Hà Trung;Bằng khen UBND tỉnh;Giám sát cách ly tại nhà
                3;Cá nhân;Lê Thị Na;Giấy khen;Hỗ trợ người dân khó khăn
                """;

        NominationImportPreview preview = importer.preview(conference, "gio-linh.csv", csv.getBytes(StandardCharsets.UTF_8), null);

        assertThat(preview.rows()).extracting(NominationImportRow::type, NominationImportRow::proposingUnit,
                        NominationImportRow::form)
                .startsWith(tuple(RecipientType.INDIVIDUAL, "UBND huyện Gio Linh", AwardFixture.FORM),
                        tuple(RecipientType.COLLECTIVE, "UBND huyện Gio Linh", AwardFixture.FORM));
        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field).containsExactly(
                tuple(6, "Hình thức khen thưởng"));
    }

    /**
     * A district's own sheet: two title rows, a header on two rows with merged cells and no diacritics, no type
     * or form column but headings "I. TẬP THỂ" / "II. CÁ NHÂN", the proposing unit spelt out, decomposed
     * Unicode, a name in capitals, and a footer.
     */
    private static byte[] otherOffice() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        ws.value(0, 0, "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ");
        ws.value(2, 0, "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH");
        ws.range(2, 0, 2, 5).merge();
        ws.value(4, 0, "TT");
        ws.value(4, 1, "Ten tap the, ho ten ca nhan");
        ws.value(4, 2, "Thong tin");
        ws.range(4, 2, 4, 3).merge();
        ws.value(4, 4, "Tom tat thanh tich");
        ws.value(4, 5, "Don vi de nghi");
        for (int c : new int[] {0, 1, 4, 5}) {
            ws.range(4, c, 5, c).merge();
        }
        ws.value(5, 2, "Chuc vu");
        ws.value(5, 3, "Noi cong tac");
        ws.value(6, 0, "I. TẬP THỂ");
        row(ws, 7, "1", "Trạm Y tế xã Cam Thành", null, null, "Tổ chức tiêm chủng an toàn");
        ws.value(8, 0, "II");
        ws.value(8, 1, "CÁ NHÂN");
        row(ws, 9, "1", nfd("LÊ THỊ HỒNG NHUNG"), "Trưởng trạm", "Trạm Y tế xã Cam Thành", "Lấy mẫu xét nghiệm kịp thời");
        row(ws, 10, "2", "Hoàng Văn Đức", "Trung úy", "Công an huyện Cam Lộ", nfd("Bảo vệ khu cách ly tập trung"));
        ws.value(12, 1, "Tổng cộng: 01 tập thể, 02 cá nhân");
        wb.finish();
        return out.toByteArray();
    }

    private static void row(Worksheet ws, int r, String number, String name, String title, String unit, String achievement) {
        ws.value(r, 0, number);
        ws.value(r, 1, name);
        ws.value(r, 2, title);
        ws.value(r, 3, unit);
        ws.value(r, 4, achievement);
        ws.value(r, 5, "Ủy ban nhân dân huyện Cam Lộ");
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }
}
