package vn.hoinghi.point;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.unit.UnitLevel;
import vn.hoinghi.unit.UnitService;

/** The points sheets provinces bring since the two-tier reform: a hall and one room per commune, in clusters. */
@IntegrationTest
class PointImportTest {

    @Autowired PointImportService importer;
    @Autowired PointService points;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired RunAs runAs;

    private <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    private long conference() {
        return committee(() -> conferences.create(TestData.conference(TestData.unique("Hội nghị cấp xã"))));
    }

    @Test
    void theQuangTri2025SheetGivesTheHallAndItsSeventyEightCommunesInTheirClusters() throws IOException {
        long conference = conference();
        byte[] sheet = resource("/demo/quang-tri-2025/diem-cau.csv");

        List<PointImportRow> preview = committee(() -> importer.preview(conference, "diem-cau.csv", sheet));
        assertThat(preview).hasSize(79).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(preview.getFirst().action()).as("the sheet's first row is the hall").isEqualTo(ImportAction.UPDATE);
        committee(() -> {
            importer.commit(conference, preview);
            return null;
        });

        List<MeetingPoint> all = committee(() -> points.list(conference));
        assertThat(all).hasSize(79);
        assertThat(all.getFirst()).extracting(MeetingPoint::name, MeetingPoint::hall, MeetingPoint::kind)
                .containsExactly("Điểm cầu Trung tâm tỉnh", true, PointKind.HALL);
        Map<PointKind, Long> kinds = all.stream().collect(Collectors.groupingBy(MeetingPoint::kind, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(PointKind.HALL, 1L, PointKind.COMMUNE, 69L,
                PointKind.WARD, 8L, PointKind.SPECIAL_ZONE, 1L));
        MeetingPoint dongHoi = named(all, "Điểm cầu phường Đồng Hới");
        assertThat(dongHoi).extracting(MeetingPoint::cluster, MeetingPoint::technicianPhone, MeetingPoint::expectedAttendees)
                .containsExactly("Thành phố Đồng Hới", "0336533278", 28);
        assertThat(named(all, "Điểm cầu đặc khu Cồn Cỏ").cluster()).isEqualTo("Huyện Cồn Cỏ");
        assertThat(all.stream().map(MeetingPoint::cluster).filter(c -> c != null).distinct()).hasSize(18);
        assertThat(committee(() -> units.get(List.of(dongHoi.hostUnitId()))).get(dongHoi.hostUnitId()).level())
                .as("the host is a commune-level unit").isEqualTo(UnitLevel.COMMUNE);

        List<PointImportRow> again = committee(() -> importer.preview(conference, "diem-cau.csv", sheet));
        assertThat(again).extracting(PointImportRow::action).containsOnly(ImportAction.UNCHANGED);
    }

    /** Another province's sheet, typed otherwise: every bad row named, the good ones kept, nothing else written. */
    @Test
    void aSheetWrittenOtherwiseImportsItsGoodRowsAndNamesEachBadOne() {
        long conference = conference();
        String csv = String.join("\r\n",
                "UBND TỈNH AN GIANG,,,,,,,",
                "DANH SÁCH ĐIỂM CẦU TRỰC TUYẾN,,,,,,,",
                ",,,,,,,",
                "Dien thoai,Ten diem cau,Cum,Loai,Don vi chu tri,Ky thuat vien,Email,So dai bieu du kien",
                "I. CÁC PHƯỜNG,,,,,,,",
                "+84 912 345 678,Điểm cầu phường Long Xuyên,Cụm Long Xuyên,Phường,UBND phường Long Xuyên,Lê Văn A,a@angiang.gov.vn,30",
                "0913.111.222," + nfd("Điểm cầu phường Bình Đức") + ",Cụm Long Xuyên,phuong,UBND phường Bình Đức,Trần Thị B,,25",
                "II. CÁC XÃ,,,,,,,",
                "0914 222 333,Điểm cầu xã Mỹ Hòa Hưng,Cụm Long Xuyên,Xã,UBND xã Mỹ Hòa Hưng,Phạm C,c@angiang,20",
                "12345,Điểm cầu xã Núi Cấm,Cụm Tịnh Biên,Xã,UBND xã Núi Cấm,Đỗ D,,20",
                "0915 333 444,Điểm cầu xã Hòn Nghệ,Cụm Kiên Lương,Điểm phụ,UBND xã Hòn Nghệ,Võ E,,15",
                "0914 222 333,Điểm cầu xã Mỹ Hòa Hưng,Cụm Long Xuyên,Xã,UBND xã Mỹ Hòa Hưng,Phạm C,c@angiang,20",
                "0916 444 555,Điểm cầu đặc khu Phú Quốc,Cụm Phú Quốc,Đặc khu,UBND đặc khu Phú Quốc,Lý F,f@phuquoc.vn,40",
                ",Tổng cộng: 6 điểm cầu,,,,,,150");

        List<PointImportRow> rows = committee(() -> importer.preview(conference, "an-giang.csv", csv.getBytes(UTF_8)));

        assertThat(rows).extracting(PointImportRow::row).containsExactly(6, 7, 9, 10, 11, 12, 13);
        assertThat(problems(rows)).containsExactly(
                new RowProblem(9, "Thư điện tử kỹ thuật", "Thư điện tử \"c@angiang\" không đúng dạng."),
                new RowProblem(10, "Điện thoại", "Số điện thoại \"12345\" không hợp lệ."),
                new RowProblem(11, "Loại điểm cầu", "Không rõ loại điểm cầu \"Điểm phụ\": ghi Phường, Xã, Đặc khu, "
                        + "Huyện, Sở ngành, Hội trường hoặc Khác."),
                new RowProblem(12, "Thư điện tử kỹ thuật", "Thư điện tử \"c@angiang\" không đúng dạng."));
        Map<Integer, PointImportRow> byRow = rows.stream().collect(Collectors.toMap(PointImportRow::row, Function.identity()));
        assertThat(byRow.get(6).draft()).extracting(PointDraft::technicianPhone, PointDraft::cluster, PointDraft::kind)
                .containsExactly("0912345678", "Cụm Long Xuyên", PointKind.WARD);
        assertThat(byRow.get(7).draft().technicianPhone()).isEqualTo("0913111222");

        committee(() -> {
            importer.commit(conference, rows);
            return null;
        });
        List<MeetingPoint> all = committee(() -> points.list(conference));
        assertThat(all).extracting(MeetingPoint::name).containsExactly(all.getFirst().name(),
                "Điểm cầu phường Long Xuyên", "Điểm cầu phường Bình Đức", "Điểm cầu đặc khu Phú Quốc");
        assertThat(Normalizer.isNormalized(all.get(2).name(), Normalizer.Form.NFC)).as("decomposed letters stored composed")
                .isTrue();
        assertThat(all.get(3)).extracting(MeetingPoint::kind, MeetingPoint::technicianEmail)
                .containsExactly(PointKind.SPECIAL_ZONE, "f@phuquoc.vn");
    }

    @Test
    void aRepeatedRowIsNamedWithTheRowItRepeats() {
        long conference = conference();
        String csv = "Tên điểm cầu,Cụm\nĐiểm cầu xã A,Cụm 1\nĐiểm cầu xã B,Cụm 1\nDiem cau xa A,Cụm 1\n";

        List<PointImportRow> rows = committee(() -> importer.preview(conference, "lap.csv", csv.getBytes(UTF_8)));

        assertThat(problems(rows)).containsExactly(new RowProblem(4, "Tên điểm cầu", "Trùng với điểm cầu ở dòng 2."));
    }

    /** A sheet is written whole or not at all: a name taken after the preview stops the commit with nothing written. */
    @Test
    void aCommitThatFailsHalfwayWritesNothing() {
        long conference = conference();
        String csv = "Tên điểm cầu,Cụm\nĐiểm cầu xã A,Cụm 1\nĐiểm cầu xã B,Cụm 1\n";
        List<PointImportRow> rows = committee(() -> importer.preview(conference, "ab.csv", csv.getBytes(UTF_8)));
        committee(() -> points.create(conference, new PointDraft("Điểm cầu xã B", null, null, null, null, null, null)));

        assertThatThrownBy(() -> committee(() -> {
            importer.commit(conference, rows);
            return null;
        })).isInstanceOf(ValidationException.class);

        assertThat(committee(() -> points.list(conference))).extracting(MeetingPoint::name)
                .doesNotContain("Điểm cầu xã A");
    }

    private static List<RowProblem> problems(List<PointImportRow> rows) {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    private static MeetingPoint named(List<MeetingPoint> all, String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = PointImportTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
