package vn.hoinghi.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.hoinghi.base.Texts;

/**
 * Reads the sheets of an .xlsx file, or a UTF-8 CSV file (with or without BOM), into rows of text — within bounds
 * checked before anything large is made: the file's bytes, its rows, columns and cells, each cell's length (and for
 * a workbook its parts, see {@link XlsxReader}). A file past a bound, or one that is not what it claims, is refused
 * with an {@link UnreadableFileException} whose Vietnamese message names the file and what is wrong.
 */
public final class TabularFiles {

    /** The largest file an import takes (the uploads stop there too). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 256;
    /** Excel's own limit for one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Non-empty cells of a whole file. */
    static final int MAX_CELLS = 1_000_000;
    static final int MAX_SHEETS = 50;
    /** CSV: physical lines (a cell may hold line breaks) and the part of the text that decides the delimiter. */
    private static final int MAX_CSV_LINES = 4 * MAX_ROWS;
    private static final int DELIMITER_SAMPLE = 64 * 1024;

    private TabularFiles() {
    }

    /** Every sheet of a workbook (a CSV file is one sheet), in their order; offices often put notes on the first. */
    public static List<List<SourceRow>> read(String fileName, InputStream in) {
        try {
            return read(fileName, in.readNBytes(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.incomplete")), e);
        }
    }

    public static List<List<SourceRow>> read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.empty")));
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException(message(fileName,
                    Texts.t("file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)))));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return XlsxReader.read(fileName, bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || name.endsWith(".xls")) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.oldExcel")));
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.notExcel")));
        }
        return List.of(readCsv(fileName, bytes));
    }

    /** A file whose header row has no row below it: said, rather than shown as an empty preview. */
    public static UnreadableFileException noRows(String fileName) {
        return new UnreadableFileException(message(fileName, Texts.t("file.noRowsUnderHeader")));
    }

    /** "Không đọc được tệp "x.xlsx": …" (the file is named) — every refusal of a file starts so. */
    static String message(String fileName, String what) {
        return Texts.t("file.unreadable",
                fileName == null || fileName.isBlank() ? Texts.t("file.noName") : fileName.strip(), what);
    }

    /** "ô C12", the cell's column as Excel names it. */
    static String cellName(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return Texts.t("file.cell", letters + String.valueOf(row));
    }

    private static List<SourceRow> readCsv(String fileName, byte[] bytes) {
        String text = decodeUtf8(fileName, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || CellText.hidden((char) c))) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.noLines")));
        }
        char delimiter = delimiter(text);
        checkCsvSize(fileName, text, delimiter);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<SourceRow> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                number++;
                if (record.size() > MAX_COLUMNS) {
                    throw new UnreadableFileException(message(fileName, Texts.t("file.tooManyColumns",
                            String.valueOf(number), String.valueOf(record.size()), String.valueOf(MAX_COLUMNS))));
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (value.length() > MAX_CELL_CHARS) {
                        throw new UnreadableFileException(message(fileName, Texts.t("file.cellTooLong",
                                cellName(i, number), String.valueOf(value.length()), String.valueOf(MAX_CELL_CHARS))));
                    }
                    cells.add(CellText.of(value));
                }
                rows.add(new SourceRow(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.badCsv", String.valueOf(number + 1))), e);
        }
        return rows;
    }

    /**
     * Every record has at most as many cells as the delimiters and line breaks before it: counting them bounds what
     * the parser will make before it makes it (a file of newlines, a line of a million commas).
     */
    private static void checkCsvSize(String fileName, String text, char delimiter) {
        long lines = 1;
        long separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            } else if (c == delimiter) {
                separators++;
            }
        }
        if (lines > MAX_CSV_LINES) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.tooManyLines",
                    String.valueOf(lines), String.valueOf(MAX_CSV_LINES))));
        }
        if (lines + separators > MAX_CELLS) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.tooManyCells", String.valueOf(MAX_CELLS))));
        }
    }

    private static String decodeUtf8(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(message(fileName, Texts.t("file.notUtf8")));
        }
    }

    /** Excel writes ";" where the system's list separator is a comma in numbers; pick what the header lines use. */
    private static char delimiter(String text) {
        int end = 0;
        for (int line = 0; line < 15 && end >= 0 && end < DELIMITER_SAMPLE; line++) {
            end = text.indexOf('\n', end + 1);
        }
        String head = text.substring(0, end < 0 ? Math.min(text.length(), DELIMITER_SAMPLE) : Math.min(end, DELIMITER_SAMPLE));
        long commas = head.chars().filter(c -> c == ',').count();
        long semicolons = head.chars().filter(c -> c == ';').count();
        long tabs = head.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
