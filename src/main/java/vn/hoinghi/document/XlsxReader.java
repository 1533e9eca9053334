package vn.hoinghi.document;

import static vn.hoinghi.document.TabularFiles.MAX_CELLS;
import static vn.hoinghi.document.TabularFiles.MAX_COLUMNS;
import static vn.hoinghi.document.TabularFiles.MAX_ROWS;
import static vn.hoinghi.document.TabularFiles.MAX_SHEETS;
import static vn.hoinghi.document.TabularFiles.message;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.hoinghi.base.Texts;

/**
 * Reads an .xlsx workbook as a stream: each part is inflated and parsed as it is read, and only the cells that hold
 * something are kept, so memory follows the real content — not the sheet's declared dimension nor its highest cell
 * address (a single cell at column ZZZZZZ is refused, not a row of 300 million cells). A zip bomb is stopped by the
 * count of its entries, the bytes each part inflates to and its compression ratio. No DTD is read (no external
 * entity, no entity expansion). Formulas give their cached value.
 */
final class XlsxReader {

    private static final int MAX_EXCEL_ROW = 1_048_576;
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MAIN_WITH_MACROS = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final ZipFile zip;
    private final XlsxBudget budget;

    private XlsxReader(String fileName, ZipFile zip) {
        this.zip = zip;
        this.budget = new XlsxBudget(fileName);
    }

    static List<List<SourceRow>> read(String fileName, byte[] bytes) {
        if (ZipPackages.entries(bytes) > ZipPackages.MAX_ENTRIES) {
            throw new UnreadableFileException(message(fileName,
                    Texts.t("file.xlsx.tooManyParts", String.valueOf(ZipPackages.MAX_ENTRIES))));
        }
        try (ZipFile zip = ZipPackages.open(bytes)) {
            return new XlsxReader(fileName, zip).sheets();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnreadableFileException refusal) {
                    throw refusal;
                }
            }
            throw new UnreadableFileException(message(fileName, Texts.t("file.xlsx.broken")), e);
        }
    }

    private List<List<SourceRow>> sheets() throws IOException, XMLStreamException {
        String workbook = workbookPart();
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        Map<String, String> targets = new HashMap<>();
        String sharedStringsPart = null;
        String rels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        try (XlsxPart p = open(rels, true)) {
            while (p.next("Relationship")) {
                String target = p.xml().getAttributeValue(null, "Target");
                String type = p.xml().getAttributeValue(null, "Type");
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : folder + target;
                targets.put(p.xml().getAttributeValue(null, "Id"), path);
                if (type != null && type.endsWith("/sharedStrings")) {
                    sharedStringsPart = path;
                }
            }
        }
        List<String> sheetParts = new ArrayList<>();
        try (XlsxPart p = open(workbook, true)) {
            while (p.next("sheet")) {
                String id = p.xml().getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                if (targets.containsKey(id)) {
                    sheetParts.add(targets.get(id));
                }
                if (sheetParts.size() > MAX_SHEETS) {
                    throw budget.refused(Texts.t("file.xlsx.tooManySheets", String.valueOf(MAX_SHEETS)));
                }
            }
        }
        if (sheetParts.isEmpty()) {
            throw budget.refused(Texts.t("file.xlsx.noSheet"));
        }
        List<String> shared = sharedStringsPart == null ? List.of() : sharedStrings(sharedStringsPart);
        List<List<SourceRow>> sheets = new ArrayList<>();
        for (String part : sheetParts) {
            sheets.add(sheet(part, shared));
        }
        return sheets;
    }

    /** The workbook's part as [Content_Types].xml names it (Excel's usual place when it names none). */
    private String workbookPart() throws IOException, XMLStreamException {
        try (XlsxPart p = open("[Content_Types].xml", true)) {
            while (p.next("Override")) {
                String type = p.xml().getAttributeValue(null, "ContentType");
                String name = p.xml().getAttributeValue(null, "PartName");
                if (name != null && (MAIN.equals(type) || MAIN_WITH_MACROS.equals(type))) {
                    return name.startsWith("/") ? name.substring(1) : name;
                }
            }
        }
        return "xl/workbook.xml";
    }

    private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (XlsxPart p = open(part, false)) {
            if (p == null) {
                return strings;
            }
            while (p.next("si")) {
                if (strings.size() >= MAX_CELLS) {
                    throw budget.refused(Texts.t("file.xlsx.tooManyStrings", String.valueOf(MAX_CELLS)));
                }
                strings.add(p.richText("si"));
            }
        }
        return strings;
    }

    private List<SourceRow> sheet(String part, List<String> shared) throws IOException, XMLStreamException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxPart p = open(part, true)) {
            int rowNumber = 0;
            while (p.next("row")) {
                rowNumber = number(p.xml().getAttributeValue(null, "r"), rowNumber + 1);
                if (rows.size() >= MAX_ROWS) {
                    throw budget.refused(Texts.t("file.xlsx.tooManyRows", String.valueOf(MAX_ROWS)));
                }
                rows.add(new SourceRow(rowNumber, row(p, rowNumber, shared)));
            }
        }
        return rows;
    }

    private List<String> row(XlsxPart p, int rowNumber, List<String> shared) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (p.xml().hasNext()) {
            int event = p.xml().next();
            if (event == XMLStreamConstants.END_ELEMENT && p.xml().getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !p.xml().getLocalName().equals("c")) {
                continue;
            }
            String reference = p.xml().getAttributeValue(null, "r");
            column = reference == null ? column + 1 : XlsxValues.column(reference);
            String value = cellValue(p, p.xml().getAttributeValue(null, "t"), shared);
            if (value == null) {
                continue;
            }
            if (column < 0 || column >= MAX_COLUMNS) {
                throw budget.refused(Texts.t("file.xlsx.cellOutside", reference == null
                        ? Texts.t("file.xlsx.nthCell", String.valueOf(column + 1), String.valueOf(rowNumber)) : reference,
                        String.valueOf(MAX_COLUMNS)));
            }
            budget.cell();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
        return cells;
    }

    /** The cell's text, or {@code null} for an empty cell; reads up to the cell's end. */
    private String cellValue(XlsxPart p, String type, List<String> shared) throws XMLStreamException {
        String value = null;
        String inline = null;
        while (p.xml().hasNext()) {
            int event = p.xml().next();
            if (event == XMLStreamConstants.END_ELEMENT && p.xml().getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && p.xml().getLocalName().equals("v")) {
                value = p.text("v");
            } else if (event == XMLStreamConstants.START_ELEMENT && p.xml().getLocalName().equals("is")) {
                inline = p.richText("is");
            } else if (event == XMLStreamConstants.START_ELEMENT && p.xml().getLocalName().equals("f")) {
                p.text("f");
            }
        }
        if ("inlineStr".equals(type)) {
            return CellText.of(inline);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> CellText.of(shared(shared, value.strip()));
            case "n" -> CellText.of(XlsxValues.typedNumber(value.strip()));
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            default -> CellText.of(value);
        };
    }

    private String shared(List<String> shared, String index) {
        int i = index.length() > 9 || !index.chars().allMatch(Character::isDigit) ? -1 : Integer.parseInt(index);
        if (i < 0 || i >= shared.size()) {
            throw budget.refused(Texts.t("file.xlsx.missingString", XlsxValues.abbreviated(index)));
        }
        return shared.get(i);
    }

    private int number(String text, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > MAX_EXCEL_ROW) {
                throw new NumberFormatException(text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw budget.refused(Texts.t("file.xlsx.badRowNumber", XlsxValues.abbreviated(text)));
        }
    }


    private XlsxPart open(String name, boolean required) throws IOException, XMLStreamException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            for (var e = zip.getEntries(); e.hasMoreElements() && entry == null; ) {
                ZipArchiveEntry candidate = e.nextElement();
                entry = candidate.getName().equalsIgnoreCase(name) ? candidate : null;
            }
        }
        if (entry == null) {
            if (required) {
                throw budget.refused(Texts.t("file.xlsx.missingPart", name));
            }
            return null;
        }
        return new XlsxPart(new BoundedEntry(zip.getInputStream(entry), entry.getCompressedSize(), budget), budget);
    }
}
