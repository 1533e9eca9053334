package vn.hoinghi.award;

import java.util.List;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.SourceRow;

/**
 * Heading rows inside a proposal sheet, as offices group their lists: "I. TẬP THỂ", "B. Cá nhân (152)",
 * "II. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH". Such a row sets the type or the form of the rows below it that leave
 * those cells empty. Footer rows ("Tổng cộng", "Người lập biểu") are recognised so they are not taken for data.
 */
@StaysVietnamese("the heading rows of the proposal sheets units bring")
final class SheetSections {

    /** What a heading row says; a null part it does not say. */
    record Heading(RecipientType type, String form) {
    }

    private static final List<String> FOOTERS = List.of("tong cong", "tong so", "nguoi lap bieu", "thu truong don vi",
            "nguoi lap", "xac nhan cua");

    private SheetSections() {
    }

    static Optional<Heading> heading(SourceRow row, ColumnMap<NominationColumn> columns, List<Quota> quotas) {
        List<String> cells = row.cells().stream().filter(c -> c != null && !c.isBlank()).toList();
        if (cells.isEmpty() || cells.size() > 2 || columns.value(row, NominationColumn.ACHIEVEMENT) != null
                || columns.value(row, NominationColumn.TYPE) != null) {
            return Optional.empty();
        }
        String label = cells.stream().filter(c -> !numbering(c)).reduce("", (a, b) -> a + " " + b);
        String key = SearchKey.fold(label).replaceAll("^[\\sivxlcd\\d]{0,6}[.)/:\\-]\\s*", "")
                .replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        if (key.isEmpty() || key.length() > 120) {
            return Optional.empty();
        }
        boolean collective = key.contains("tap the");
        boolean individual = key.contains("ca nhan");
        RecipientType type = collective == individual ? null : collective ? RecipientType.COLLECTIVE : RecipientType.INDIVIDUAL;
        String loose = " " + LooseKey.of(label) + " ";
        String form = quotas.stream().map(Quota::form).filter(f -> loose.contains(" " + LooseKey.of(f) + " "))
                .findFirst().orElse(null);
        return type == null && form == null ? Optional.empty() : Optional.of(new Heading(type, form));
    }

    /** "Tổng cộng: 206", "Người lập biểu", … */
    static boolean footer(SourceRow row) {
        String first = row.cells().stream().filter(c -> c != null && !c.isBlank() && !numbering(c)).findFirst().orElse("");
        String key = SearchKey.fold(first);
        return FOOTERS.stream().anyMatch(key::startsWith);
    }

    /** "1", "12.", "IV", "b)" — a cell that only numbers the row. */
    private static boolean numbering(String cell) {
        return cell.strip().matches("(?i)([ivxlcd]{1,6}|\\d{1,4}|[a-dđ])[.)]?");
    }
}
