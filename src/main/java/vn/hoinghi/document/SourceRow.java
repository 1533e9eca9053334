package vn.hoinghi.document;

import java.util.List;

/** One row of a spreadsheet or CSV file as the user sees it: its row number (from 1) and its cells as text. */
public record SourceRow(int number, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
