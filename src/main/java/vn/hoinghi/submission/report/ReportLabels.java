package vn.hoinghi.submission.report;

import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;

/** The words the table's exports share: titles, column heads, how a row and a column are labelled. */
@StaysVietnamese("the province-wide table's words in its exports")
final class ReportLabels {

    static final String TITLE = "TỔNG HỢP SỐ LIỆU BÁO CÁO SƠ KẾT CỦA CÁC ĐƠN VỊ";
    static final String NUMBER = "STT";
    static final String CONTENT = "Nội dung";
    static final String UNIT = "Đơn vị tính";
    static final String TOTAL = "Tổng cộng";
    static final String DRAFT_MARK = " (nháp)";

    private ReportLabels() {
    }

    /** "(5 đơn vị đã nộp; số liệu đến 14:30 28/10/2021)", with the drafts when they are counted. */
    static String scope(ReportTable table) {
        long drafts = table.drafts();
        long submitted = table.columns().size() - drafts;
        return "(" + submitted + " đơn vị đã nộp" + (table.includeDrafts() ? ", tính cả " + drafts + " báo cáo nháp" : "")
                + "; số liệu đến " + Times.DATE_TIME.format(Times.local(table.at())) + ")";
    }

    /** A row's text as the form shows it: sub-rows after a dash. */
    static String content(ReportField field) {
        return field.level() == 2 && field.kind() != FieldKind.HEADING ? "- " + field.label() : field.label();
    }

    /** A table's title as the plan prints it: "6. Công tác điều tra, truy vết…". */
    static String tableTitle(ReportField field) {
        return field.code() == null || field.code().isBlank() ? field.label()
                : field.code() + (field.code().endsWith(".") ? " " : ". ") + field.label();
    }

    /** A table row's text: its parts ("Trong đó") after a dash. */
    static String content(TableRow row) {
        return row.level() == 2 ? "- " + row.label() : row.label();
    }

    static String column(UnitReport report) {
        return report.unitName() + (report.submitted() ? "" : DRAFT_MARK);
    }
}
