package vn.hoinghi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported .xlsx back, as a test checks what a user would see in it. */
public final class WorkbookRows {

    private WorkbookRows() {
    }

    /** Each sheet's rows as lists of cell text (numbers as plain text), by sheet name in order. */
    public static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    rows.add(IntStream.range(0, row.getCellCount()).mapToObj(i -> row.getOptionalCell(i)
                            .map(c -> c.getType() == CellType.NUMBER
                                    ? c.asNumber().stripTrailingZeros().toPlainString() : c.getText())
                            .orElse(null)).toList());
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }
}
