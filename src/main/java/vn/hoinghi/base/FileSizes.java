package vn.hoinghi.base;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: "850 B", "12 KB", "3,4 MB" (the decimal sign of the page's language). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private FileSizes() {
    }

    public static String format(long bytes, Locale locale) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return (bytes + KB - 1) / KB + " KB";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (double) MB) + " MB";
    }
}
