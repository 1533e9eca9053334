package vn.hoinghi.point;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.SourceRow;

/**
 * Rows of a points sheet that are not points: the section headings offices put between them ("I. CÁC PHƯỜNG",
 * "B – Các xã") and the total at the bottom ("Tổng cộng: 79 điểm cầu").
 */
final class PointSheetRows {

    /** A Roman numeral or one letter, then a full stop, bracket, dash or colon: "II.", "B)", "A –". */
    private static final Pattern HEADING = Pattern.compile("^\\s*([IVXLC]+|[A-Za-z])\\s*[.):\\-–]");
    private static final Pattern ROMAN_ALONE = Pattern.compile("^\\s*[IVXLC]+\\s*$");
    private static final Pattern TOTAL = Pattern.compile("^(tong cong|tong so|tong|cong)\\b");

    private PointSheetRows() {
    }

    static boolean notAPoint(ColumnMap<PointImportColumn> c, SourceRow r) {
        String name = c.value(r, PointImportColumn.NAME);
        if (name != null && TOTAL.matcher(SearchKey.fold(name)).lookingAt()) {
            return true;
        }
        List<String> filled = r.cells().stream().map(SearchKey::clean).filter(Objects::nonNull).toList();
        if (filled.size() == 2 && ROMAN_ALONE.matcher(filled.getFirst()).matches()) {
            return true; // "II" in the number column, "CÁC XÃ" beside it
        }
        if (filled.size() != 1) {
            return false; // a heading is one cell, often merged across the row, whichever column it starts in
        }
        String text = filled.getFirst();
        return ROMAN_ALONE.matcher(text).matches() || HEADING.matcher(text).find() || shouted(text);
    }

    /** A kind the sheet gives that is none the app knows, named with its row and column. */
    static Optional<RowProblem> kindProblem(ColumnMap<PointImportColumn> c, SourceRow r) {
        String kind = c.value(r, PointImportColumn.KIND);
        if (kind == null || PointKind.read(kind).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RowProblem(r.number(), PointImportColumn.KIND.label, Texts.t("point.import.badKind", kind)));
    }

    /** All capitals, as headings are typed; a point's name has small letters. */
    private static boolean shouted(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.codePoints().filter(Character::isLetter).count() > 3;
    }
}
