package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.submission.report.repository.ReportFieldRepository;
import vn.hoinghi.submission.report.repository.ReportTableRepository;
import vn.hoinghi.submission.report.repository.UnitReportRepository;

/**
 * The Kiên Giang 2021 plan's table (annex "ĐỀ CƯƠNG BÁO CÁO", part II.6) as a test puts it at the end of a
 * conference's form: five groups of people × how each was handled, a total column and the row "Tổng (1+2+3+4)".
 */
@Component
public class KienGiangTable {

    static final String TITLE = "Công tác điều tra, truy vết, khoanh vùng, xử lý các trường hợp tiếp xúc gần, "
            + "các trường hợp nghi ngờ xâm nhập vào tỉnh";
    static final String GROUP = "Xử lý";
    static final TableDraft DRAFT = new TableDraft("6", TITLE, List.of(
            new TableDraft.Column(GROUP, "CL tập trung", ColumnKind.NUMBER, null),
            new TableDraft.Column(GROUP, "CL tại nhà", ColumnKind.NUMBER, null),
            new TableDraft.Column(GROUP, "Tự theo dõi sức khỏe", ColumnKind.NUMBER, null),
            new TableDraft.Column(GROUP, "Tổng", ColumnKind.TOTAL, null)), List.of(
            new TableDraft.Row("1", "Trở về từ nước ngoài", 1, List.of()),
            new TableDraft.Row("2", "Trở về từ các ổ dịch trong nước", 1, List.of()),
            new TableDraft.Row("3", "Tiếp xúc gần với ca bệnh xác định", 1, List.of()),
            new TableDraft.Row("4", "Công nhân, học sinh, người lao động về nghỉ Tết 2021", 1, List.of()),
            new TableDraft.Row("5", "Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên", 1, List.of()),
            new TableDraft.Row(null, "Tổng (1+2+3+4)", 1, List.of("1", "2", "3", "4"))));

    private final ReportFieldRepository fields;
    private final ReportTableRepository tables;
    private final UnitReportRepository reports;
    private final TransactionTemplate transaction;

    KienGiangTable(ReportFieldRepository fields, ReportTableRepository tables, UnitReportRepository reports,
                   PlatformTransactionManager transactions) {
        this.fields = fields;
        this.reports = reports;
        this.tables = tables;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Adds the table as the form's last part; the form with it. */
    public FormTable addTo(long conferenceId) {
        return add(conferenceId, DRAFT);
    }

    /** Adds a table as the form's last part. */
    public FormTable add(long conferenceId, TableDraft draft) {
        return transaction.execute(s -> {
            int position = fields.fields(conferenceId).size() + 1;
            long id = fields.insert(conferenceId, position, new FieldDraft(draft.code(), draft.title(), FieldKind.TABLE, null, 0));
            tables.insertShape(id, draft);
            return tables.form(conferenceId).tables().get(id);
        });
    }

    /**
     * The unit's report (made as a draft if it has none) gets these cells: {@code typed[row][column]} over the typed
     * rows and columns in order, -1 for a blank cell.
     */
    public void fill(long conferenceId, long unitId, FormTable table, int[][] typed) {
        transaction.executeWithoutResult(s -> tables.replaceCells(
                reports.ensure(conferenceId, unitId, Instant.now()), cells(table, typed)));
    }

    /** Typed rows (not total rows) × typed columns (not the total column), in order. */
    static Map<CellKey, FieldValue> cells(FormTable table, int[][] typed) {
        Map<CellKey, FieldValue> cells = new HashMap<>();
        for (int r = 0; r < typed.length; r++) {
            for (int c = 0; c < typed[r].length; c++) {
                if (typed[r][c] >= 0) {
                    cells.put(new CellKey(typedRows(table).get(r).id(), typedColumns(table).get(c).id()),
                            FieldValue.of(BigDecimal.valueOf(typed[r][c])));
                }
            }
        }
        return cells;
    }

    static List<TableRow> typedRows(FormTable table) {
        return table.rows().stream().filter(r -> !r.total()).toList();
    }

    static List<TableColumn> typedColumns(FormTable table) {
        return table.columns().stream().filter(c -> c.kind().typed()).toList();
    }
}
