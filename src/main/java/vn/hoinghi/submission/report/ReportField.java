package vn.hoinghi.submission.report;

/**
 * A row of a conference's data form. {@code level} indents it: 0 a section, 1 a row of it, 2 a sub-row of the
 * row above ("- Đã kiện toàn").
 */
public record ReportField(long id, long conferenceId, int position, String code, String label, FieldKind kind,
                          String unitLabel, int level, int version) {

    public FieldDraft draft() {
        return new FieldDraft(code, label, kind, unitLabel, level);
    }
}
