package vn.hoinghi.submission.report;

/** A row of the data form as the committee writes it. */
public record FieldDraft(String code, String label, FieldKind kind, String unitLabel, int level) {
}
