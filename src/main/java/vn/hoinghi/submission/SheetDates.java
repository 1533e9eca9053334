package vn.hoinghi.submission;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;

/**
 * A deadline as office sheets write it: "26/10/2021", "26-10-21", "trước ngày 26/10/2021", "ngày 26 tháng 10 năm
 * 2021", "2021-10-26", or an Excel date cell (a day number).
 */
final class SheetDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern EXCEL_DAY = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private SheetDates() {
    }

    static Optional<LocalDate> parse(String text) {
        String s = SearchKey.fold(text);
        if (EXCEL_DAY.matcher(s).matches()) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(s)));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, WORDS}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
                return date(year, m.group(2), m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
