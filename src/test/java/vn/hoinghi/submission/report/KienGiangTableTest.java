package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * The Kiên Giang 2021 form: one table part with its total row and total column computed; three units fill it, their
 * computed cells are worked out and never typed; its shape is locked once a unit typed a cell.
 */
@IntegrationTest
class KienGiangTableTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportFormService forms;
    @Autowired UnitReportService reports;
    @Autowired RunAs runAs;

    long conference;
    FormTable table;

    @BeforeEach
    void theKienGiangTemplate() {
        conference = fixture.conference(ReportTemplate.KIEN_GIANG_2021);
        table = form().tablesInOrder().getFirst();
    }

    @Test
    void theTemplateLoadsTheAnnexSectionsAndOneTableWithItsTotalRowAndTotalColumn() {
        ReportForm form = form();
        assertThat(form.tablesInOrder()).hasSize(1);
        assertThat(form.fields().stream().filter(f -> f.kind() == FieldKind.HEADING).map(ReportField::code))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(table.field()).extracting(ReportField::code, ReportField::label, ReportField::kind)
                .containsExactly("6.1", "Số liệu theo bảng", FieldKind.TABLE);
        assertThat(table.shape()).isEqualTo("Bảng 6 dòng × 4 cột");
        assertThat(table.columns()).extracting(TableColumn::group, TableColumn::label, TableColumn::kind).containsExactly(
                tuple("Xử lý", "CL tập trung", ColumnKind.NUMBER), tuple("Xử lý", "CL tại nhà", ColumnKind.NUMBER),
                tuple("Xử lý", "Tự theo dõi sức khỏe", ColumnKind.NUMBER), tuple("Xử lý", "Tổng", ColumnKind.TOTAL));
        assertThat(table.rows()).extracting(TableRow::code, TableRow::sumOf).containsExactly(
                tuple("1", List.of()), tuple("2", List.of()), tuple("3", List.of()), tuple("4", List.of()),
                tuple("5", List.of()), tuple(null, List.of("1", "2", "3", "4")));
        assertThat(table.rows().getLast().label()).isEqualTo("Tổng (1+2+3+4)");
        assertThat(form.fields()).extracting(ReportField::code).contains("2.1", "3.1", "4.1", "5.3", "7.2");
        assertThat(fixture.committee(() -> forms.settings(conference)).outline())
                .contains("ĐỀ CƯƠNG BÁO CÁO", "trên địa bàn tỉnh Kiên Giang", "Tổng (1+2+3+4)", "V. Đề xuất, kiến nghị");
    }

    @Test
    void threeUnitsFillTheTableAndEachSeesItsTotalsComputed() {
        Map<String, int[][]> typed = Map.of(
                "UBND huyện Phú Quốc", new int[][] {{120, 35, 8}, {1500, 122, 0}, {0, 40, 0}, {3, 0, 7}, {900, 0, 0}},
                "UBND thành phố Rạch Giá", new int[][] {{14, 2, 1}, {300, 20, 5}, {9, 9, 9}, {0, 0, 0}, {50, 1, 0}},
                "Sở Y tế", new int[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1000, 1000, 1000}});
        Map<String, Long> units = new HashMap<>();
        typed.forEach((name, numbers) -> units.put(name, fixture.submit(conference, name, Map.of(), cells(numbers))));

        typed.forEach((name, numbers) -> {
            ReportSheet sheet = fixture.committee(() -> reports.of(conference, units.get(name)));
            Map<CellKey, BigDecimal> all = sheet.numbers(sheet.form().tablesInOrder().getFirst());
            int[] total = new int[4];
            for (int r = 0; r < 5; r++) {
                int rowSum = numbers[r][0] + numbers[r][1] + numbers[r][2];
                assertThat(all.get(cell(r, 3))).as(name + " row " + (r + 1) + " total").isEqualByComparingTo("" + rowSum);
                for (int c = 0; c < 3 && r < 4; c++) {
                    total[c] += numbers[r][c];
                }
                total[3] += r < 4 ? rowSum : 0;
            }
            for (int c = 0; c < 4; c++) {
                assertThat(all.get(cell(5, c))).as(name + " total row, column " + (c + 1))
                        .isEqualByComparingTo("" + total[c]);
            }
            assertThat(sheet.cells()).as("only typed cells are stored").hasSize(15);
        });
        ReportSheet phuQuoc = fixture.committee(() -> reports.of(conference, units.get("UBND huyện Phú Quốc")));
        assertThat(VietnameseNumbers.format(phuQuoc.numbers(table).get(cell(1, 3)))).isEqualTo("1.622");
        assertThat(VietnameseNumbers.format(phuQuoc.numbers(table).get(cell(5, 3)))).isEqualTo("1.835");
    }

    @Test
    void aComputedCellOrBadCellsAreRefusedEachNamedAndNothingIsWritten() {
        long unit = fixture.unit("UBND huyện Kiên Lương");
        String account = fixture.account(conference, unit);
        Map<CellKey, String> first = Map.of(cell(0, 0), "12");
        int version = runAs.role(account, AppRoles.UNIT, () -> reports.save(conference, unit, 0, input(first)));

        Map<CellKey, String> bad = new HashMap<>(Map.of(cell(0, 0), "15", cell(0, 3), "99", cell(5, 1), "4",
                cell(2, 1), "mười", cell(3, 2), "2,5"));
        assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> reports.save(conference, unit, version,
                input(bad)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsOnlyKeys(cell(0, 3).key(), cell(5, 1).key(), cell(2, 1).key(), cell(3, 2).key())
                .containsEntry(cell(0, 3).key(), "Mục 6.1 – Số liệu theo bảng, dòng «1. Trở về từ nước ngoài», "
                        + "cột «Xử lý – Tổng»: ô này do ứng dụng tự cộng, không nhập.")
                .containsEntry(cell(5, 1).key(), "Mục 6.1 – Số liệu theo bảng, dòng «Tổng (1+2+3+4)», "
                        + "cột «Xử lý – CL tại nhà»: ô này do ứng dụng tự cộng, không nhập.")
                .hasEntrySatisfying(cell(2, 1).key(), m -> assertThat(m).startsWith(
                        "Mục 6.1 – Số liệu theo bảng, dòng «3. Tiếp xúc gần với ca bệnh xác định», cột «Xử lý – CL tại nhà»: "))
                .hasEntrySatisfying(cell(3, 2).key(), m -> assertThat(m).contains("cột «Xử lý – Tự theo dõi sức khỏe»")));

        ReportSheet sheet = fixture.committee(() -> reports.of(conference, unit));
        assertThat(sheet.version()).as("nothing written").isEqualTo(version);
        assertThat(sheet.cells()).containsOnlyKeys(cell(0, 0));
        assertThat(sheet.cells().get(cell(0, 0)).number()).isEqualByComparingTo("12");

        CellKey foreign = new CellKey(cell(0, 0).rowId(), 999_999_999L);
        assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> reports.save(conference, unit, version,
                input(Map.of(foreign, "1"))))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("biểu mẫu không có ô này");
    }

    @Test
    void aTablesShapeIsLockedOnceAUnitTypedACellButItsTextsStillChange() {
        TableDraft draft = table.draft();
        List<TableDraft.Column> fiveColumns = new java.util.ArrayList<>(draft.columns());
        fiveColumns.add(3, new TableDraft.Column("Xử lý", "Khác", ColumnKind.NUMBER, null));
        TableDraft wider = new TableDraft(draft.code(), draft.title(), fiveColumns, draft.rows());
        fixture.committee(() -> {
            forms.updateTable(table.field().id(), table.field().version(), wider);
            return null;
        });
        table = form().tablesInOrder().getFirst();
        assertThat(table.columns()).hasSize(5).extracting(TableColumn::label).contains("Khác");

        long unit = fixture.unit("UBND huyện An Biên");
        runAs.role(fixture.account(conference, unit), AppRoles.UNIT,
                () -> reports.save(conference, unit, 0, input(Map.of(cell(1, 1), "7"))));

        FormTable filled = table;
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.updateTable(filled.field().id(), filled.field().version(), draft);
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageStartingWith(
                "Mục 6.1 – Số liệu theo bảng: đã có số liệu của 1 đơn vị (UBND huyện An Biên")
                .hasMessageContaining("không thêm, bớt, đổi thứ tự");
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.deleteField(filled.field().id(), filled.field().version());
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("không xóa được");

        TableDraft renamed = new TableDraft("6.1", "Điều tra, truy vết theo bảng", filled.draft().columns().stream()
                .map(c -> new TableDraft.Column("Hình thức xử lý", c.label(), c.kind(), c.unitLabel())).toList(),
                filled.draft().rows());
        fixture.committee(() -> {
            forms.updateTable(filled.field().id(), filled.field().version(), renamed);
            return null;
        });
        FormTable after = form().tablesInOrder().getFirst();
        assertThat(after.field().label()).isEqualTo("Điều tra, truy vết theo bảng");
        assertThat(after.columns()).extracting(TableColumn::group).containsOnly("Hình thức xử lý");
        assertThat(after.columns()).extracting(TableColumn::id).isEqualTo(filled.columns().stream().map(TableColumn::id).toList());
        ReportSheet sheet = fixture.committee(() -> reports.of(conference, unit));
        assertThat(sheet.cells()).as("the unit's cell stays where it was").containsOnlyKeys(cell(1, 1));
    }

    @Test
    void aNewTableIsCheckedWholeNamingTheTableTheRowAndTheColumn() {
        TableDraft draft = new TableDraft("6.2", "Cách ly theo bảng",
                List.of(new TableDraft.Column(null, "", ColumnKind.NUMBER, null),
                        new TableDraft.Column(null, "Tổng", ColumnKind.TOTAL, null)),
                List.of(new TableDraft.Row("1", "Trở về từ nước ngoài", 1, List.of()),
                        new TableDraft.Row("1", "Trở về từ các ổ dịch trong nước", 1, List.of()),
                        new TableDraft.Row(null, "Tổng (1+2+3+4)", 1, List.of("1", "2", "3", "4"))));
        assertThatThrownBy(() -> fixture.committee(() -> forms.addTable(conference, draft, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("column-1", "Bảng 6.2 – Cách ly theo bảng, cột 1 «»: hãy nhập tên cột.")
                        .containsEntry("row-2", "Bảng 6.2 – Cách ly theo bảng, dòng 2 «Trở về từ các ổ dịch trong nước»: "
                                + "số thứ tự “1” đã dùng cho một dòng khác của bảng. Mỗi dòng một số thứ tự riêng.")
                        .hasEntrySatisfying("row-3", m -> assertThat(m).startsWith(
                                "Bảng 6.2 – Cách ly theo bảng, dòng 3 «Tổng (1+2+3+4)»: không có dòng số 2 để cộng")));
        TableDraft noTyped = new TableDraft("6.2", "Cách ly", List.of(new TableDraft.Column(null, "Tổng", ColumnKind.TOTAL, null)),
                List.of(new TableDraft.Row("1", "A", 1, List.of())));
        assertThatThrownBy(() -> fixture.committee(() -> forms.addTable(conference, noTyped, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cần ít nhất một cột để đơn vị nhập");
        assertThat(form().fields()).noneMatch(f -> "6.2".equals(f.code()));
    }

    private ReportForm form() {
        return fixture.committee(() -> forms.form(conference));
    }

    /** The cell of the {@code row}-th row and {@code column}-th column (from 0). */
    private CellKey cell(int row, int column) {
        return new CellKey(table.rows().get(row).id(), table.columns().get(column).id());
    }

    private Map<CellKey, String> cells(int[][] numbers) {
        Map<CellKey, String> cells = new HashMap<>();
        for (int r = 0; r < numbers.length; r++) {
            for (int c = 0; c < numbers[r].length; c++) {
                cells.put(cell(r, c), Integer.toString(numbers[r][c]));
            }
        }
        return cells;
    }

    private static ReportInput input(Map<CellKey, String> cells) {
        return new ReportInput(Map.of(), cells);
    }
}
