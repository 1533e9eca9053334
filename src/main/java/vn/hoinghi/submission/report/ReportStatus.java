package vn.hoinghi.submission.report;

/** Where a unit's report stands. A unit with no report yet has NOT_STARTED; stored reports are DRAFT or SUBMITTED. */
public enum ReportStatus {
    NOT_STARTED("Chưa làm"),
    DRAFT("Đang soạn (nháp)"),
    SUBMITTED("Đã nộp");

    public final String label;

    ReportStatus(String label) {
        this.label = label;
    }
}
