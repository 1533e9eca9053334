package vn.hoinghi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an .xlsx file, or a UTF-8 CSV file (with or without BOM), into rows of text. */
public final class TabularFiles {

    private TabularFiles() {
    }

    /** Every sheet of a workbook (a CSV file is one sheet), in their order; offices often put notes on the first. */
    public static List<List<SourceRow>> read(String fileName, InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (ReadableWorkbook.isOOXMLZipHeader(bytes)) {
                return readXlsx(bytes);
            }
            if (ReadableWorkbook.isOLE2Header(bytes) || name.endsWith(".xls")) {
                throw new UnreadableFileException("Tệp Excel cũ (.xls) chưa được hỗ trợ: hãy lưu lại thành .xlsx hoặc .csv.");
            }
            return List.of(readCsv(bytes));
        } catch (IOException e) {
            throw new UnreadableFileException("Không đọc được tệp \"" + fileName + "\": " + e.getMessage(), e);
        }
    }

    private static List<List<SourceRow>> readXlsx(byte[] bytes) throws IOException {
        List<List<SourceRow>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<SourceRow> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    stream.forEach(row -> rows.add(new SourceRow(row.getRowNum(), cells(row))));
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(TabularFiles::text).orElse(null));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? null : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null || text.isBlank() ? null : text;
    }

    private static List<SourceRow> readCsv(byte[] bytes) throws IOException {
        String text = decodeUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<SourceRow> rows = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(v == null || v.isBlank() ? null : v));
                rows.add(new SourceRow(number, cells));
            }
        } catch (java.io.UncheckedIOException e) {
            throw new UnreadableFileException("Tệp CSV bị lỗi định dạng: " + e.getMessage(), e);
        }
        return rows;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(
                    "Tệp CSV không ở mã UTF-8. Trong Excel hãy chọn \"Lưu thành\" → \"CSV UTF-8\" rồi tải lên lại.");
        }
    }

    /** Excel writes ";" where the system's list separator is a comma in numbers; pick what the header lines use. */
    private static char delimiter(String text) {
        String head = text.lines().limit(15).reduce("", (a, b) -> a + b);
        long commas = head.chars().filter(c -> c == ',').count();
        long semicolons = head.chars().filter(c -> c == ';').count();
        long tabs = head.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
