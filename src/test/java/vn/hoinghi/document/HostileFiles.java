package vn.hoinghi.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Malformed and hostile files made by the test itself: broken and lying zips, XML attacks, sheets past every bound,
 * odd encodings and line ends, and well-formed sheets carrying hostile values under each importer's headers. Each is
 * made only when asked for, so the large ones are not all in memory at once.
 */
public final class HostileFiles {

    /** A file as a user would send it: a name and its bytes. */
    public record Hostile(String name, byte[] bytes) {
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HIDDEN = "\u202Eabc\u200B\u0000\uFEFF\u2066x\u2069";
    private static final String LONG_600 = "Nguyễn Văn An ".repeat(43);
    private static final String LONG_1100 = "Ghi chú rất dài. ".repeat(65);

    /** The header rows each importer looks for, with a good row and rows of hostile values under them. */
    static final Map<String, List<String>> HEADERS = Map.of(
            "dai-bieu", List.of("Họ và tên", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu", "Điện thoại", "Email", "Ghi chú"),
            "diem-cau", List.of("Tên điểm cầu", "Đơn vị chủ trì", "Địa điểm", "Cán bộ kỹ thuật", "Điện thoại",
                    "Số đại biểu dự kiến", "Đường dẫn phòng họp"),
            "chuong-trinh", List.of("STT", "Nội dung", "Loại", "Người thực hiện", "Đơn vị", "Thời lượng (phút)", "Ghi chú"),
            "de-nghi", List.of("Tập thể/Cá nhân", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị công tác",
                    "Đơn vị đề nghị", "Thành tích tóm tắt"),
            "tham-luan", List.of("STT", "Đơn vị", "Nội dung tham luận", "Hạn nộp", "Ghi chú"));

    private HostileFiles() {
    }

    public static List<Supplier<Hostile>> all() {
        List<Supplier<Hostile>> files = new ArrayList<>();
        structural(files);
        xlsxAttacks(files);
        csvAttacks(files);
        random(files);
        HEADERS.forEach((kind, header) -> valuesUnder(files, kind, header));
        return files;
    }

    private static void structural(List<Supplier<Hostile>> f) {
        f.add(() -> new Hostile("rong.csv", new byte[0]));
        f.add(() -> new Hostile("rong.xlsx", new byte[0]));
        f.add(() -> new Hostile("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        f.add(() -> new Hostile("khoang-trang.csv", "   \t  ".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("xuong-dong.csv", "\n\n\r\n\r".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("nul.csv", new byte[] {0}));
        f.add(() -> new Hostile("nul-nhieu.csv", new byte[4096]));
        f.add(() -> new Hostile("pk.xlsx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        f.add(() -> new Hostile("zip-rong.xlsx", zip(Map.of())));
        f.add(() -> new Hostile("ole2.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        f.add(() -> new Hostile("mat-khau.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
        f.add(() -> new Hostile("content-types-tro-sheet.xlsx", xlsxParts(Map.of("[Content_Types].xml", contentTypes("/xl/worksheets/sheet1.xml")))));
        f.add(() -> new Hostile("content-types-ra-ngoai.xlsx", xlsxParts(Map.of("[Content_Types].xml", contentTypes("/../../../etc/passwd")))));
        f.add(() -> new Hostile("content-types-rong-ten.xlsx", xlsxParts(Map.of("[Content_Types].xml", contentTypes("")))));
        f.add(() -> new Hostile("pdf-doi-ten.xlsx", "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        f.add(() -> new Hostile("csv-doi-ten.xlsx", "Họ và tên,Đơn vị\nAn,Sở Y tế\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("xlsx-doi-ten.csv", xlsx(sheet(row(1, "Họ và tên", "Đơn vị") + row(2, "An", "Sở Y tế")), null)));
        f.add(() -> new Hostile("docx.xlsx", zip(ordered("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"x\"/>"))));
        f.add(() -> new Hostile("thieu-content-types.xlsx", zipWithout("[Content_Types].xml")));
        f.add(() -> new Hostile("thieu-workbook.xlsx", zipWithout("xl/workbook.xml")));
        f.add(() -> new Hostile("thieu-rels.xlsx", zipWithout("xl/_rels/workbook.xml.rels")));
        f.add(() -> new Hostile("thieu-sheet.xlsx", zipWithout("xl/worksheets/sheet1.xml")));
        f.add(() -> new Hostile("rels-sai-dich.xlsx", xlsxParts(Map.of("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"x/worksheet\" Target=\"../../../../etc/passwd\"/></Relationships>"))));
        f.add(() -> new Hostile("content-types-hong.xlsx", xlsxParts(Map.of("[Content_Types].xml", "<Types"))));
        f.add(() -> new Hostile("workbook-hong.xlsx", xlsxParts(Map.of("xl/workbook.xml", "<workbook><sheets><sheet"))));
        f.add(() -> new Hostile("workbook-khong-sheet.xlsx", xlsxParts(Map.of("xl/workbook.xml",
                "<workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>"))));
        f.add(() -> new Hostile("sheet-hong.xlsx", xlsx("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c", null)));
        f.add(() -> new Hostile("sheet-khong-xml.xlsx", xlsx("đây không phải XML", null)));
        f.add(() -> new Hostile("sheet-rong.xlsx", xlsx("", null)));
        byte[] good = xlsx(sheet(row(1, "Họ và tên", "Đơn vị", "Điểm cầu") + row(2, "Nguyễn Văn An", "Sở Y tế", "")), null);
        for (int cut : new int[] {1, 2, 4, 10, 30, 100, good.length / 3, good.length / 2, good.length - 22, good.length - 1}) {
            f.add(() -> new Hostile("cat-" + cut + ".xlsx", Arrays.copyOf(good, Math.max(1, cut))));
        }
        f.add(() -> {
            byte[] flipped = good.clone();
            for (int i = 40; i < flipped.length; i += 97) {
                flipped[i] ^= 0x5A;
            }
            return new Hostile("zip-hong-giua.xlsx", flipped);
        });
        f.add(() -> new Hostile("zip-hai-lan.xlsx", concat(good, good)));
    }

    private static void xlsxAttacks(List<Supplier<Hostile>> f) {
        f.add(() -> new Hostile("cot-zzzzzz.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null)));
        f.add(() -> new Hostile("cot-xfd.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("cot-257.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"IW1\"><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("cot-rong-xa.xlsx", xlsx(sheet(row(1, "Họ và tên", "Đơn vị") + "<row r=\"2\"><c r=\"ZZZZZZ2\" s=\"1\"/></row>"), null)));
        f.add(() -> new Hostile("cot-ky-la.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c><c r=\"\"><v>2</v></c><c r=\"Ă1\"><v>3</v></c></row>"), null)));
        f.add(() -> new Hostile("dong-99999999.xlsx", xlsx(sheet("<row r=\"99999999\"><c r=\"A99999999\"><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("dong-am.xlsx", xlsx(sheet("<row r=\"-1\"><c><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("dong-chu.xlsx", xlsx(sheet("<row r=\"abc\"><c><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("dong-trung.xlsx", xlsx(sheet(row(1, "Họ và tên") + row(1, "An") + row(1, "Bình")), null)));
        f.add(() -> new Hostile("chuoi-chung-vuot.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>"),
                sst("Họ và tên"))));
        f.add(() -> new Hostile("chuoi-chung-am.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>"), sst("a"))));
        f.add(() -> new Hostile("chuoi-chung-chu.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x</v></c></row>"), sst("a"))));
        f.add(() -> new Hostile("chuoi-chung-thieu.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), null)));
        f.add(() -> new Hostile("chuoi-chung-1mb.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                sst("x".repeat(1024 * 1024)))));
        f.add(() -> {
            String[] many = new String[200_000];
            Arrays.fill(many, "Sở Y tế tỉnh Quảng Trị");
            return new Hostile("chuoi-chung-nhieu.xlsx", xlsx(sheet(row(1, "Họ và tên")), sst(many)));
        });
        f.add(() -> new Hostile("o-1mb.xlsx", xlsx(sheet(row(1, "Họ và tên", "Ghi chú") + row(2, "An", "y".repeat(1024 * 1024))), null)));
        f.add(() -> new Hostile("xxe.xlsx", xlsx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
                + "</row></sheetData></worksheet>", null)));
        f.add(() -> new Hostile("xxe-chuoi-chung.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"http://127.0.0.1:1/\">]><sst xmlns=\"" + MAIN
                        + "\"><si><t>&x;</t></si></sst>")));
        f.add(() -> new Hostile("xxe-content-types.xlsx", xlsxParts(Map.of("[Content_Types].xml",
                "<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&x;</Types>"))));
        f.add(() -> new Hostile("billion-laughs.xlsx", xlsx("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
                + "</row></sheetData></worksheet>", null)));
        f.add(() -> new Hostile("long-sau.xlsx", xlsx("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                + "<r>".repeat(200_000) + "<t>x</t>" + "</r>".repeat(200_000) + "</is></c></row></sheetData></worksheet>", null)));
        f.add(() -> new Hostile("long-sau-khong-dong.xlsx", xlsx("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<a>".repeat(500_000), null)));
        f.add(() -> new Hostile("bom-nen-100mb.xlsx", xlsx("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + " ".repeat(100 * 1024 * 1024) + "</sheetData></worksheet>", null)));
        f.add(() -> new Hostile("bom-nen-chuoi.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                "<sst xmlns=\"" + MAIN + "\"><si><t>" + "a".repeat(80 * 1024 * 1024) + "</t></si></sst>")));
        f.add(() -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            for (int i = 0; i < 5000; i++) {
                parts.put("rac/" + i + ".xml", new byte[] {'<', 'a', '/', '>'});
            }
            return new Hostile("zip-5000-phan.xlsx", zipOf(parts, Deflater.BEST_SPEED));
        });
        f.add(() -> {
            StringBuilder sheets = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                sheets.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId1\"/>");
            }
            rels.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                    .append("<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            return new Hostile("200-trang.xlsx", xlsxParts(Map.of("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheets + "</sheets></workbook>",
                    "xl/_rels/workbook.xml.rels", rels.toString())));
        });
        f.add(() -> {
            StringBuilder cells = new StringBuilder("<row r=\"1\">");
            for (int i = 0; i < 100_000; i++) {
                cells.append("<c t=\"inlineStr\"><is><t>c").append(i).append("</t></is></c>");
            }
            return new Hostile("100000-cot.xlsx", xlsx(sheet(cells.append("</row>").toString()), null));
        });
        f.add(() -> {
            StringBuilder rows = new StringBuilder(row(1, "Họ và tên", "Đơn vị"));
            for (int r = 2; r < 30_000; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Người ")
                        .append(r).append("</t></is></c></row>");
            }
            return new Hostile("30000-dong.xlsx", xlsx(sheet(rows.toString()), null));
        });
        f.add(() -> new Hostile("cong-thuc.xlsx", xlsx(sheet(row(1, "Họ và tên", "Đơn vị", "Số đại biểu dự kiến", "Thời lượng (phút)")
                + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>CONCAT(\"An\",\"\")</f><v>An</v></c><c r=\"B2\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"C2\"><f t=\"shared\" ref=\"C2:C9\" si=\"0\">A1+B1+C1+D1+E1+F1</f><v>3</v></c><c r=\"D2\"><f>SUM(A1:A2)</f></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"e\"><v>#N/A</v></c><c r=\"C3\"><f t=\"shared\" si=\"0\"/><v>4</v></c>"
                + "<c r=\"D3\" t=\"b\"><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("cong-thuc-dai.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\"><f>" + "A1+".repeat(20_000) + "1</f><v>1</v></c></row>"), null)));
        f.add(() -> new Hostile("ngay.xlsx", xlsx(sheet(row(1, "STT", "Đơn vị", "Nội dung tham luận", "Hạn nộp")
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Sở Y tế</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>Tham luận</t></is></c><c r=\"D2\"><v>44495</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"D3\" t=\"d\"><v>2021-10-26T00:00:00</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"D4\"><v>99999999999</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\"><v>4</v></c><c r=\"D5\"><v>-44495</v></c></row>"), null)));
        for (String number : new String[] {"1E+308", "1E-400", "9.99E+999999999", "1e2147483648", "NaN", "Infinity", "1e", "--1",
                "0x1F", "1" + "0".repeat(5000), "0." + "0".repeat(5000) + "1", "1.5E+30", "12345678901234567890"}) {
            f.add(() -> new Hostile("so-" + Math.abs(number.hashCode()) + ".xlsx", xlsx(sheet(row(1, "Họ và tên", "Điện thoại",
                    "Số đại biểu dự kiến", "Thời lượng (phút)", "Tập thể/Cá nhân", "Đơn vị")
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lê Văn Số</t></is></c><c r=\"B2\"><v>" + number
                    + "</v></c><c r=\"C2\"><v>" + number + "</v></c><c r=\"D2\"><v>" + number + "</v></c><c r=\"E2\"><v>" + number
                    + "</v></c><c r=\"F2\"><v>" + number + "</v></c></row>"), null)));
        }
        f.add(() -> new Hostile("chu-phien-am.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                "<sst xmlns=\"" + MAIN + "\"><si><r><t>Họ và </t></r><r><rPr><b/></rPr><t>tên</t></r><rPh><t>ホ</t></rPh></si></sst>")));
        f.add(() -> new Hostile("cdata.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[Họ và tên]]></t></is></c></row>"), null)));
        f.add(() -> new Hostile("ky-tu-dieu-khien-xml.xlsx", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&#0;b&#x1;</t></is></c></row>"), null)));
        f.add(() -> new Hostile("xml-utf16.xlsx", xlsxBytes(sheet(row(1, "Họ và tên") + row(2, "An")).getBytes(StandardCharsets.UTF_16))));
    }

    private static void csvAttacks(List<Supplier<Hostile>> f) {
        f.add(() -> new Hostile("20mb-xuong-dong.csv", filled(20 * 1024 * 1024 - 10, (byte) '\n')));
        f.add(() -> new Hostile("21mb.csv", filled(21 * 1024 * 1024, (byte) 'a')));
        f.add(() -> new Hostile("1mb-mot-dong.csv", ("Họ và tên," + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("1mb-tieu-de.csv", ("Họ và tên đại biểu " + "ab ".repeat(350_000) + ",Đơn vị\nAn,Sở\n").getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("100000-cot.csv", ("Họ và tên" + ",c".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("trieu-dau-phay.csv", filled(3 * 1024 * 1024, (byte) ',')));
        f.add(() -> new Hostile("nhieu-dong-ngan.csv", "a\n".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("ngoac-chua-dong.csv", "Họ và tên,Đơn vị\n\"An,Sở Y tế\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("ngoac-giua.csv", "Họ và tên,Đơn vị\nAn\"x\"y,Sở\n\"An\"b,c\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("ngoac-nhieu-dong.csv", ("Họ và tên,Ghi chú\nAn,\"" + "dòng\n".repeat(50_000) + "\"\n").getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("ngoac-lua.csv", ("Họ và tên," + "a\"" + ",".repeat(30_000) + "\",b\n").repeat(30).getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("cr-only.csv", "Họ và tên,Đơn vị,Điểm cầu\rTrần Văn Cr,Sở Y tế,\rLê Thị Cr,Sở Tài chính,\r".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("xuong-dong-tron.csv", "Họ và tên,Đơn vị\r\nAn,Sở\nBình,Sở\r\r\nChâu,Sở".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("windows-1258.csv", "Họ và tên,Đơn vị\nNguyễn Văn An,Sở Y tế\n".getBytes(Charset.forName("windows-1258"))));
        f.add(() -> new Hostile("latin1.csv", "Ho và tên,Ðon vi\nÀn,Sô\n".getBytes(StandardCharsets.ISO_8859_1)));
        f.add(() -> new Hostile("utf16le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Họ và tên,Đơn vị\nAn,Sở\n".getBytes(StandardCharsets.UTF_16LE))));
        f.add(() -> new Hostile("utf16be.csv", "Họ và tên,Đơn vị\nAn,Sở\n".getBytes(StandardCharsets.UTF_16BE)));
        f.add(() -> new Hostile("utf8-cat-giua.csv", Arrays.copyOf("Họ và tên,Đơn vị\nAn,Sở Y tế".getBytes(StandardCharsets.UTF_8), 27)));
        f.add(() -> new Hostile("utf8-qua-dai.csv", new byte[] {'a', (byte) 0xC0, (byte) 0x80, 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        f.add(() -> new Hostile("tron-ma.csv", concat("Họ và tên,Đơn vị\nAn,".getBytes(StandardCharsets.UTF_8),
                "Sở Y tế\n".getBytes(Charset.forName("windows-1258")))));
        f.add(() -> new Hostile("tab.csv", "Họ và tên\tĐơn vị\tĐiểm cầu\nTab Văn An\tSở\t\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("cham-phay.csv", "Họ và tên;Đơn vị;Điểm cầu\nChấm Văn An;Sở Y tế, tỉnh;\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("chi-tieu-de.csv", "Họ và tên,Đơn vị,Điểm cầu\n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("chi-tieu-de-nhieu-dong-trong.csv", "Họ và tên,Đơn vị\n,,\n\n , \n".getBytes(StandardCharsets.UTF_8)));
        f.add(() -> new Hostile("ky-tu-dieu-khien.csv", "Họ và tên,Đơn vị\n\u0001\u0002\u0007,\u001b[31m\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static void random(List<Supplier<Hostile>> f) {
        for (int i = 0; i < 24; i++) {
            int seed = i;
            f.add(() -> {
                Random random = new Random(seed);
                byte[] bytes = new byte[1 + random.nextInt(seed < 20 ? 4096 : 256 * 1024)];
                random.nextBytes(bytes);
                if (seed % 3 == 0) {
                    bytes[0] = 'P';
                    bytes[Math.min(1, bytes.length - 1)] = 'K';
                }
                return new Hostile("ngau-nhien-" + seed + (seed % 2 == 0 ? ".xlsx" : ".csv"), bytes);
            });
        }
        for (int i = 0; i < 10; i++) {
            int seed = 100 + i;
            f.add(() -> {
                byte[] good = xlsx(sheet(row(1, "Họ và tên", "Đơn vị") + row(2, "Nguyễn Văn An", "Sở Y tế")), sst("a", "b"));
                Random random = new Random(seed);
                for (int n = 0; n < 1 + seed % 7; n++) {
                    good[random.nextInt(good.length)] = (byte) random.nextInt(256);
                }
                return new Hostile("xlsx-bit-hong-" + seed + ".xlsx", good);
            });
        }
    }

    /** Each importer's header with one good row and rows of hostile values, as CSV and as .xlsx. */
    private static void valuesUnder(List<Supplier<Hostile>> f, String kind, List<String> header) {
        List<List<String>> variants = List.of(
                List.of("Nguyễn Văn An" + HIDDEN, "Sở Y tế" + HIDDEN),
                List.of(LONG_600, LONG_600),
                List.of("Trần Thị Bình", LONG_1100),
                List.of("=HYPERLINK(\"http://x\",\"bấm\")", "+cmd|'/C calc'!A0"),
                List.of("<script>alert(1)</script>", "'; DROP TABLE delegate; --"),
                List.of("😀👨‍👩‍👧 Ngô Văn Emoji", "Sở 🏥"),
                List.of("Phạm Văn " + "Dài".repeat(100), "x".repeat(32_767)),
                List.of("\u0065\u0301 Lê Tổ Hợp", "Tổ hợp NFD ".repeat(30)));
        for (int v = 0; v < variants.size(); v++) {
            List<String> values = variants.get(v);
            int variant = v;
            f.add(() -> new Hostile(kind + "-gia-tri-" + variant + ".csv", csv(header, values, 3)));
            f.add(() -> new Hostile(kind + "-gia-tri-" + variant + ".xlsx", xlsxOf(header, values)));
        }
        f.add(() -> new Hostile(kind + "-tot.csv", csv(header, List.of("Nguyễn Văn Tốt", "Sở Y tế"), 1)));
    }

    /** Rows whose columns hold the variant's values (see {@link #cell}) under a title and the header. */
    private static byte[] csv(List<String> header, List<String> values, int rows) {
        StringBuilder s = new StringBuilder("\uFEFFDANH SÁCH\n").append(String.join(",", header)).append('\n');
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add(quoted(cell(header, values, c, r)));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsxOf(List<String> header, List<String> values) {
        StringBuilder rows = new StringBuilder(row(1, "DANH SÁCH")).append(row(2, header.toArray(String[]::new)));
        for (int r = 0; r < 3; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add(cell(header, values, c, r));
            }
            rows.append(row(3 + r, cells.toArray(String[]::new)));
        }
        return xlsx(sheet(rows.toString()), null);
    }

    /** Row 0 keeps the columns a row needs plausible (so it reaches the length checks and the commit); the others are all hostile. */
    private static String cell(List<String> header, List<String> values, int column, int row) {
        String name = header.get(column);
        if (row == 0) {
            return switch (name) {
                case "STT" -> "1";
                case "Điểm cầu", "Điện thoại", "Email", "Số đại biểu dự kiến" -> "";
                case "Hạn nộp" -> "26/10/2030";
                case "Đơn vị đề nghị" -> "Sở Y tế";
                case "Thời lượng (phút)" -> "5";
                case "Loại" -> "Phát biểu";
                case "Tập thể/Cá nhân" -> "Cá nhân";
                case "Đường dẫn phòng họp" -> "https://hop.example/" + values.getFirst().length();
                default -> values.get(column % values.size());
            };
        }
        return values.get((column + row) % values.size());
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static String row(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isEmpty()) {
                continue;
            }
            row.append("<c r=\"").append(TabularFiles.cellName(i, number).substring(2)).append("\" t=\"inlineStr\"><is><t>")
                    .append(escaped(values[i])).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    public static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static String sst(String... strings) {
        StringBuilder s = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (String string : strings) {
            s.append("<si><t>").append(escaped(string)).append("</t></si>");
        }
        return s.append("</sst>").toString();
    }

    private static String escaped(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        return; // not allowed in XML at all: a real workbook cannot carry it
                    }
                    s.appendCodePoint(c);
                }
            }
        });
        return s.toString();
    }

    public static byte[] xlsx(String sheetXml, String sharedStrings) {
        return xlsxBytes(sheetXml.getBytes(StandardCharsets.UTF_8), sharedStrings);
    }

    private static byte[] xlsxBytes(byte[] sheetXml) {
        return xlsxBytes(sheetXml, null);
    }

    private static byte[] xlsxBytes(byte[] sheetXml, String sharedStrings) {
        Map<String, byte[]> parts = standardParts(sharedStrings != null);
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
        }
        return zipOf(parts, Deflater.DEFAULT_COMPRESSION);
    }

    /** A good one-sheet workbook with some parts replaced. */
    private static byte[] xlsxParts(Map<String, String> replaced) {
        Map<String, byte[]> parts = standardParts(false);
        parts.put("xl/worksheets/sheet1.xml", sheet(row(1, "Họ và tên") + row(2, "An")).getBytes(StandardCharsets.UTF_8));
        replaced.forEach((name, xml) -> parts.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return zipOf(parts, Deflater.DEFAULT_COMPRESSION);
    }

    private static byte[] zipWithout(String part) {
        Map<String, byte[]> parts = standardParts(false);
        parts.put("xl/worksheets/sheet1.xml", sheet(row(1, "Họ và tên") + row(2, "An")).getBytes(StandardCharsets.UTF_8));
        parts.remove(part);
        return zipOf(parts, Deflater.DEFAULT_COMPRESSION);
    }

    /** A [Content_Types].xml that names {@code workbookPart} as the workbook. */
    private static String contentTypes(String workbookPart) {
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"" + workbookPart
                + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
    }

    private static Map<String, byte[]> standardParts(boolean sharedStrings) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "") + "</Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static Map<String, byte[]> ordered(String... namesAndTexts) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            parts.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        return zipOf(parts, Deflater.DEFAULT_COMPRESSION);
    }

    private static byte[] zipOf(Map<String, byte[]> parts, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
