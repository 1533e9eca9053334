package vn.hoinghi.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;

/**
 * Finds the header row of an office table (below any title block) and which column holds each field.
 * Headers are compared diacritic-blind against each field's synonyms, so "SĐT", "Điện thoại" and
 * "So dien thoai" all find the phone column, in whatever order the columns come.
 */
public record ColumnMap<F extends Enum<F>>(int headerRow, Map<F, Integer> columns) {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_HEADER_CHARS = 200;

    public static <F extends Enum<F>> Optional<ColumnMap<F>> find(List<SourceRow> rows, Class<F> fields,
                                                                 Map<F, List<String>> synonyms, int minimumMatches) {
        List<SourceRow> head = rows.stream().limit(HEADER_SEARCH_ROWS).toList();
        ColumnMap<F> best = null;
        for (SourceRow row : head) {
            best = better(best, match(row, fields, synonyms), minimumMatches);
        }
        // A header on two rows (merged group cells over their sub-headers) wins only where it names more columns.
        for (int i = 0; i + 1 < head.size(); i++) {
            best = better(best, match(stacked(head.get(i), head.get(i + 1)), fields, synonyms), minimumMatches);
        }
        return Optional.ofNullable(best);
    }

    private static <F extends Enum<F>> ColumnMap<F> better(ColumnMap<F> best, ColumnMap<F> candidate, int minimumMatches) {
        boolean enough = candidate.columns.size() >= minimumMatches;
        return enough && (best == null || candidate.columns.size() > best.columns.size()) ? candidate : best;
    }

    /**
     * Two header rows read as one, numbered as the lower: the lower row's text where it has one, else the upper's
     * (a merged cell keeps its text in its first row only).
     */
    static SourceRow stacked(SourceRow upper, SourceRow lower) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(upper.cells().size(), lower.cells().size()); i++) {
            String below = lower.cell(i);
            cells.add(below != null && !below.isBlank() ? below : upper.cell(i));
        }
        return new SourceRow(lower.number(), cells);
    }

    /** The first sheet with a header row naming the required field, and where its columns are. */
    public record Found<F extends Enum<F>>(List<SourceRow> rows, ColumnMap<F> columns) {
    }

    public static <F extends Enum<F>> Optional<Found<F>> findInSheets(List<List<SourceRow>> sheets, Class<F> fields,
                                                                    Map<F, List<String>> synonyms, F required) {
        for (List<SourceRow> rows : sheets) {
            Optional<ColumnMap<F>> columns = find(rows, fields, synonyms, 2).filter(c -> c.columns().containsKey(required));
            if (columns.isPresent()) {
                return Optional.of(new Found<>(rows, columns.get()));
            }
        }
        return Optional.empty();
    }

    public String value(SourceRow row, F field) {
        Integer column = columns.get(field);
        return column == null ? null : SearchKey.clean(row.cell(column));
    }

    private static <F extends Enum<F>> ColumnMap<F> match(SourceRow row, Class<F> fields, Map<F, List<String>> synonyms) {
        Map<F, Integer> columns = new EnumMap<>(fields);
        List<String> headers = row.cells().stream().map(ColumnMap::headerKey).toList();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            free.add(i);
        }
        // Exact matches first, then headers that contain a synonym ("Họ và tên đại biểu"), longest synonym first.
        for (boolean exact : new boolean[] {true, false}) {
            for (F field : fields.getEnumConstants()) {
                if (columns.containsKey(field)) {
                    continue;
                }
                List<String> names = synonyms.getOrDefault(field, List.of()).stream()
                        .map(ColumnMap::headerKey).sorted(Comparator.comparing(String::length).reversed()).toList();
                for (Integer column : free) {
                    String header = headers.get(column);
                    if (!header.isEmpty() && names.stream().anyMatch(n -> exact ? header.equals(n) : contains(header, n))) {
                        columns.put(field, column);
                        free.remove(column);
                        break;
                    }
                }
            }
        }
        return new ColumnMap<>(row.number(), columns);
    }

    private static boolean contains(String header, String synonym) {
        return synonym.length() >= 4 && (" " + header + " ").contains(" " + synonym + " ");
    }

    /** A header is a few words: a longer cell is data or a note, never a header, and is not folded at all. */
    static String headerKey(String header) {
        if (header == null || header.length() > MAX_HEADER_CHARS) {
            return "";
        }
        return SearchKey.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
