package vn.hoinghi.submission.report;

/**
 * Where a unit's report stands. A unit with no report yet has NOT_STARTED; stored reports are DRAFT or SUBMITTED.
 * Named by {@code reports.status.<NAME>} in the translation files.
 */
public enum ReportStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED
}
