package vn.hoinghi.invitation;

import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import java.util.Objects;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.document.PdfFonts;

/** The delegate table: a header row repeated on every page, a heading row before each composition group. */
@StaysVietnamese("the printed delegate list's table")
final class DelegateListTable {

    private static final String[] HEADERS = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điểm cầu", "Ghế"};
    private static final float[] WIDTHS = {5, 18, 28, 22, 21, 6};
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final float SIZE = 12;

    private final PdfFonts fonts;

    DelegateListTable(PdfFonts fonts) {
        this.fonts = fonts;
    }

    Table table(List<Delegate> list) {
        Table t = new Table(UnitValue.createPercentArray(WIDTHS)).useAllAvailableWidth().setFixedLayout().setFontSize(SIZE);
        for (String h : HEADERS) {
            t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER));
        }
        String group = null;
        int groups = 0;
        for (int i = 0; i < list.size(); i++) {
            Delegate d = list.get(i);
            String name = d.groupName() == null ? "Đại biểu khác" : d.groupName();
            if (i == 0 || !Objects.equals(name, group)) {
                group = name;
                t.addCell(cell(1, HEADERS.length, fonts.bold(roman(++groups) + ". " + name), TextAlignment.LEFT));
            }
            t.addCell(cell(fonts.regular(Integer.toString(i + 1)), TextAlignment.CENTER));
            Cell person = cell(fonts.regular(d.fullName()), TextAlignment.LEFT);
            if (d.hasSubstitute()) {
                person.add(new Paragraph().setMargin(0).add(fonts.italic("Dự thay: " + d.substituteName())));
            }
            t.addCell(person);
            t.addCell(cell(fonts.regular(d.title()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(d.unitName()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(d.pointName()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(d.seat()), TextAlignment.CENTER));
        }
        return t;
    }

    private static Cell cell(Text text, TextAlignment alignment) {
        return cell(1, 1, text, alignment);
    }

    private static Cell cell(int rows, int columns, Text text, TextAlignment alignment) {
        return new Cell(rows, columns).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(new Paragraph().setMargin(0).setMultipliedLeading(1.1f).setTextAlignment(alignment).add(text));
    }

    static String roman(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ROMAN.length; i++) {
            for (; n >= ROMAN_VALUES[i]; n -= ROMAN_VALUES[i]) {
                s.append(ROMAN[i]);
            }
        }
        return s.toString();
    }
}
