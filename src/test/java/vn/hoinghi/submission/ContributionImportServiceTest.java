package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.unit.UnitService;

/** The plan's table of contributions: previewed, then the good rows in one go; bad rows named by row and column. */
@IntegrationTest
class ContributionImportServiceTest {

    static final LocalDate DEADLINE = LocalDate.of(2021, 10, 26);

    @Autowired ContributionFixture fixture;
    @Autowired ContributionImportService importer;
    @Autowired AssignmentService assignments;
    @Autowired UnitService units;

    long conference;

    @BeforeEach
    void aConferenceAndTheSampleUnits() {
        conference = fixture.conference();
        fixture.committee(() -> {
            for (String name : new String[] {"Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Lao và Bệnh phổi tỉnh", "Sở Y tế",
                    "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
                    "Sở Lao động - Thương binh và Xã hội", "UBND huyện Triệu Phong", "UBND huyện Đakrông",
                    "UBND huyện Vĩnh Linh"}) {
                units.findOrCreate(conference, name);
            }
            return null;
        });
    }

    private ContributionImportPreview preview(String name, byte[] content) {
        return fixture.committee(() -> importer.preview(conference, name, content));
    }

    @Test
    void theSampleSheetGivesTwelveContributionsDueOn26OctoberAndASecondImportAddsNothing() {
        ContributionImportPreview preview = preview("tham-luan.xlsx", ImportFixture.sample("tham-luan.xlsx"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(ImportAction.ADD)).isEqualTo(12);
        ContributionImportRow first = preview.rows().getFirst();
        assertThat(first.row()).as("the title row and a blank one above the header").isEqualTo(4);
        assertThat(first.unitName()).isEqualTo("Trung tâm Kiểm soát bệnh tật tỉnh");
        assertThat(first.topic()).isEqualTo("Công tác xét nghiệm, tiêm chủng, truy vết");
        assertThat(first.notes()).isEqualTo("Ưu tiên người trực tiếp làm nhiệm vụ");
        assertThat(preview.rows()).allMatch(r -> r.deadline().equals(DEADLINE));
        assertThat(fixture.committee(() -> assignments.board(conference)).contributions()).as("nothing written yet").isEmpty();

        assertThat(fixture.committee(() -> importer.commit(preview))).isEqualTo(12);
        var board = fixture.committee(() -> assignments.board(conference));
        assertThat(board.contributions()).extracting(Contribution::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(board.contributions()).filteredOn(c -> c.unitName().equals("Sở Y tế")).singleElement()
                .satisfies(c -> assertThat(c.topic()).isEqualTo("Công tác hỗ trợ tỉnh Bình Dương chống dịch"));
        assertThat(board.contributions()).filteredOn(c -> c.unitName().equals("Ủy ban MTTQ Việt Nam tỉnh")).hasSize(2);
        assertThat(board.contributions()).allMatch(c -> c.status() == ContributionStatus.ASSIGNED);

        ContributionImportPreview again = preview("tham-luan.xlsx", ImportFixture.sample("tham-luan.xlsx"));
        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(12);
        assertThat(fixture.committee(() -> importer.commit(again))).isZero();
        assertThat(fixture.committee(() -> importer.commit(preview))).as("an old preview committed twice").isZero();
    }

    @Test
    void aCsvWrittenOtherwiseMatchesUnitsBlindlyAndRefusesUnknownUnitsAndBadDates() {
        String csv = """
                BẢNG PHÂN CÔNG THAM LUẬN;;;;
                ;;;;
                Ghi chú;Hạn;Đơn vị thực hiện;Chủ đề tham luận;TT
                ;trước ngày 26/10/2021;SO Y TE;Hỗ trợ Bình Dương;1
                ;2021-10-25;  ủy ban nhân dân   huyện Triệu phong ;Cách ly tại nhà;2
                Ưu tiên cán bộ cơ sở;27-10-21;UBND huyen Dakrong;Tổ Covid cộng đồng;3
                ;26/10/2021;Sở Du lịch tỉnh;Du lịch an toàn;4
                ;31/02/2021;Công an tỉnh;Chốt kiểm soát;5
                ;không rõ;Công an tỉnh;;6
                ;;;;7
                """;
        ContributionImportPreview p = preview("phan-cong.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.rows(ImportAction.ADD)).extracting(ContributionImportRow::unitName, ContributionImportRow::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sở Y tế", DEADLINE),
                        org.assertj.core.groups.Tuple.tuple("UBND huyện Triệu Phong", LocalDate.of(2021, 10, 25)),
                        org.assertj.core.groups.Tuple.tuple("UBND huyện Đakrông", LocalDate.of(2021, 10, 27)));
        assertThat(p.rows(ImportAction.ADD).get(2).notes()).isEqualTo("Ưu tiên cán bộ cơ sở");
        assertThat(p.problems()).extracting(RowProblem::toString).containsExactly(
                "Dòng 7, Đơn vị: Không có đơn vị \"Sở Du lịch tỉnh\" trong danh mục đơn vị. Hãy sửa tên trong tệp hoặc"
                        + " thêm đơn vị ở trang Đơn vị.",
                "Dòng 8, Hạn nộp: Hạn nộp \"31/02/2021\" không phải một ngày (ghi như 26/10/2021).",
                "Dòng 9, Hạn nộp: Hạn nộp \"không rõ\" không phải một ngày (ghi như 26/10/2021).",
                "Dòng 9, Nội dung tham luận: Hãy nhập nội dung (chủ đề) tham luận.");
        assertThat(fixture.committee(() -> importer.commit(p))).isEqualTo(3);
        assertThat(fixture.committee(() -> assignments.board(conference)).contributions()).hasSize(3);
    }

    @Test
    void aFileWithoutTheTableIsRefusedWithAMessage() {
        assertThatThrownBy(() -> preview("khac.csv", "Họ và tên,Chức vụ\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("bảng phân công tham luận");
    }
}
