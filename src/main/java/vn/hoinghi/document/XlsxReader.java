package vn.hoinghi.document;

import static vn.hoinghi.document.TabularFiles.MAX_CELLS;
import static vn.hoinghi.document.TabularFiles.MAX_CELL_CHARS;
import static vn.hoinghi.document.TabularFiles.MAX_COLUMNS;
import static vn.hoinghi.document.TabularFiles.MAX_ROWS;
import static vn.hoinghi.document.TabularFiles.MAX_SHEETS;
import static vn.hoinghi.document.TabularFiles.cellName;
import static vn.hoinghi.document.TabularFiles.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final long MAX_INFLATED_BYTES = 128L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final long MAX_TEXT_CHARS = 32L * 1024 * 1024;
    private static final int MAX_EXCEL_ROW = 1_048_576;
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MAIN_WITH_MACROS = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final XMLInputFactory XML = secureFactory();

    private final String fileName;
    private final ZipFile zip;
    private long inflated;
    private long textChars;
    private long cellCount;

    private XlsxReader(String fileName, ZipFile zip) {
        this.fileName = fileName;
        this.zip = zip;
    }

    static List<List<SourceRow>> read(String fileName, byte[] bytes) {
        if (ZipPackages.entries(bytes) > ZipPackages.MAX_ENTRIES) {
            throw refused(fileName, Texts.t("file.xlsx.tooManyParts", String.valueOf(ZipPackages.MAX_ENTRIES)));
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
        try (Part p = open(rels, true)) {
            while (p.next("Relationship")) {
                String target = p.xml.getAttributeValue(null, "Target");
                String type = p.xml.getAttributeValue(null, "Type");
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : folder + target;
                targets.put(p.xml.getAttributeValue(null, "Id"), path);
                if (type != null && type.endsWith("/sharedStrings")) {
                    sharedStringsPart = path;
                }
            }
        }
        List<String> sheetParts = new ArrayList<>();
        try (Part p = open(workbook, true)) {
            while (p.next("sheet")) {
                String id = p.xml.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                if (targets.containsKey(id)) {
                    sheetParts.add(targets.get(id));
                }
                if (sheetParts.size() > MAX_SHEETS) {
                    throw refused(fileName, Texts.t("file.xlsx.tooManySheets", String.valueOf(MAX_SHEETS)));
                }
            }
        }
        if (sheetParts.isEmpty()) {
            throw refused(fileName, Texts.t("file.xlsx.noSheet"));
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
        try (Part p = open("[Content_Types].xml", true)) {
            while (p.next("Override")) {
                String type = p.xml.getAttributeValue(null, "ContentType");
                String name = p.xml.getAttributeValue(null, "PartName");
                if (name != null && (MAIN.equals(type) || MAIN_WITH_MACROS.equals(type))) {
                    return name.startsWith("/") ? name.substring(1) : name;
                }
            }
        }
        return "xl/workbook.xml";
    }

    private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (Part p = open(part, false)) {
            if (p == null) {
                return strings;
            }
            while (p.next("si")) {
                if (strings.size() >= MAX_CELLS) {
                    throw refused(fileName, Texts.t("file.xlsx.tooManyStrings", String.valueOf(MAX_CELLS)));
                }
                strings.add(p.richText("si"));
            }
        }
        return strings;
    }

    private List<SourceRow> sheet(String part, List<String> shared) throws IOException, XMLStreamException {
        List<SourceRow> rows = new ArrayList<>();
        try (Part p = open(part, true)) {
            int rowNumber = 0;
            while (p.next("row")) {
                rowNumber = number(p.xml.getAttributeValue(null, "r"), rowNumber + 1);
                if (rows.size() >= MAX_ROWS) {
                    throw refused(fileName, Texts.t("file.xlsx.tooManyRows", String.valueOf(MAX_ROWS)));
                }
                rows.add(new SourceRow(rowNumber, row(p, rowNumber, shared)));
            }
        }
        return rows;
    }

    private List<String> row(Part p, int rowNumber, List<String> shared) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (p.xml.hasNext()) {
            int event = p.xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && p.xml.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !p.xml.getLocalName().equals("c")) {
                continue;
            }
            String reference = p.xml.getAttributeValue(null, "r");
            column = reference == null ? column + 1 : column(reference);
            String value = cellValue(p, p.xml.getAttributeValue(null, "t"), shared);
            if (value == null) {
                continue;
            }
            if (column < 0 || column >= MAX_COLUMNS) {
                throw refused(fileName, Texts.t("file.xlsx.cellOutside", reference == null
                        ? Texts.t("file.xlsx.nthCell", String.valueOf(column + 1), String.valueOf(rowNumber)) : reference,
                        String.valueOf(MAX_COLUMNS)));
            }
            if (++cellCount > MAX_CELLS) {
                throw refused(fileName, Texts.t("file.tooManyCells", String.valueOf(MAX_CELLS)));
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
        return cells;
    }

    /** The cell's text, or {@code null} for an empty cell; reads up to the cell's end. */
    private String cellValue(Part p, String type, List<String> shared) throws XMLStreamException {
        String value = null;
        String inline = null;
        while (p.xml.hasNext()) {
            int event = p.xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && p.xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && p.xml.getLocalName().equals("v")) {
                value = p.text("v");
            } else if (event == XMLStreamConstants.START_ELEMENT && p.xml.getLocalName().equals("is")) {
                inline = p.richText("is");
            } else if (event == XMLStreamConstants.START_ELEMENT && p.xml.getLocalName().equals("f")) {
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
            case "n" -> CellText.of(number(value.strip()));
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            default -> CellText.of(value);
        };
    }

    private String shared(List<String> shared, String index) {
        int i = index.length() > 9 || !index.chars().allMatch(Character::isDigit) ? -1 : Integer.parseInt(index);
        if (i < 0 || i >= shared.size()) {
            throw refused(fileName, Texts.t("file.xlsx.missingString", abbreviated(index)));
        }
        return shared.get(i);
    }

    /** A number as the user typed it: 912345678, not 9.12345678E8; one past the usual sizes keeps its written form. */
    private static String number(String raw) {
        if (raw.length() > 40) {
            return raw;
        }
        try {
            BigDecimal n = new BigDecimal(raw).stripTrailingZeros();
            return n.scale() < -30 || n.scale() > 30 ? raw : n.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
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
            throw refused(fileName, Texts.t("file.xlsx.badRowNumber", abbreviated(text)));
        }
    }

    /** "AB12" → 27; a reference of more than three letters is past any real sheet: -1. */
    private static int column(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private Part open(String name, boolean required) throws IOException, XMLStreamException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            for (var e = zip.getEntries(); e.hasMoreElements() && entry == null; ) {
                ZipArchiveEntry candidate = e.nextElement();
                entry = candidate.getName().equalsIgnoreCase(name) ? candidate : null;
            }
        }
        if (entry == null) {
            if (required) {
                throw refused(fileName, Texts.t("file.xlsx.missingPart", name));
            }
            return null;
        }
        return new Part(new Bounded(zip.getInputStream(entry), entry.getCompressedSize()));
    }

    private static UnreadableFileException refused(String fileName, String what) {
        return new UnreadableFileException(message(fileName, what));
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty("jdk.xml.maxElementDepth", 64);
        return factory;
    }

    /** One XML part being read; text is bounded per cell and for the whole file. */
    private final class Part implements AutoCloseable {

        private final InputStream in;
        private final XMLStreamReader xml;

        Part(InputStream in) throws XMLStreamException {
            this.in = in;
            this.xml = XML.createXMLStreamReader(in);
        }

        /** Moves to the next start of an element so named; false at the end of the part. */
        boolean next(String element) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.DTD) {
                    throw refused(fileName, Texts.t("file.xlsx.dtd"));
                }
                if (xml.isStartElement() && xml.getLocalName().equals(element)) {
                    return true;
                }
            }
            return false;
        }

        /** The text up to the end of this element. */
        String text(String element) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            collect(element, text, false);
            return text.toString();
        }

        /** The text of the {@code <t>} runs up to the end of this element, without phonetic guides ({@code <rPh>}). */
        String richText(String element) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            collect(element, text, true);
            return text.toString();
        }

        private void collect(String element, StringBuilder text, boolean runsOnly) throws XMLStreamException {
            int phonetic = 0;
            boolean inRun = !runsOnly;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    phonetic += xml.getLocalName().equals("rPh") ? 1 : 0;
                    inRun = !runsOnly || xml.getLocalName().equals("t");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals(element)) {
                        return;
                    }
                    phonetic -= xml.getLocalName().equals("rPh") ? 1 : 0;
                    inRun = !runsOnly;
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && inRun && phonetic == 0) {
                    int length = xml.getTextLength();
                    textChars += length;
                    if (text.length() + length > MAX_CELL_CHARS) {
                        throw refused(fileName, Texts.t("file.xlsx.cellTooLong", String.valueOf(MAX_CELL_CHARS)));
                    }
                    if (textChars > MAX_TEXT_CHARS) {
                        throw refused(fileName, Texts.t("file.xlsx.tooMuchText",
                                String.valueOf(MAX_TEXT_CHARS / (1024 * 1024))));
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused(fileName, Texts.t("file.xlsx.entity", xml.getLocalName()));
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a reader that failed: the stream below is closed anyway
            }
            in.close();
        }
    }

    /** An entry's inflated bytes, stopped at the part's and the file's limits and at a compression ratio past 100. */
    private final class Bounded extends FilterInputStream {

        private final long compressed;
        private long read;

        Bounded(InputStream in, long compressed) {
            super(in);
            this.compressed = Math.max(compressed, 1);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            inflated += n;
            if (read > MAX_PART_BYTES || inflated > MAX_INFLATED_BYTES) {
                throw refused(fileName, Texts.t("file.xlsx.inflatesTooMuch",
                        String.valueOf(MAX_PART_BYTES / (1024 * 1024))));
            }
            if (read > 1024 * 1024 && read / compressed > MAX_RATIO) {
                throw refused(fileName, Texts.t("file.xlsx.ratio", String.valueOf(MAX_RATIO)));
            }
        }
    }
}
