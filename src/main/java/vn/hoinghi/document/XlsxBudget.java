package vn.hoinghi.document;

import static vn.hoinghi.document.TabularFiles.MAX_CELLS;
import static vn.hoinghi.document.TabularFiles.MAX_CELL_CHARS;
import static vn.hoinghi.document.TabularFiles.message;

import vn.hoinghi.base.Texts;

/**
 * What reading one workbook may cost, counted across its parts: the bytes its entries inflate to (and each entry's
 * compression ratio), its text, its cells. Past a limit the file is refused, naming it.
 */
final class XlsxBudget {

    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final long MAX_INFLATED_BYTES = 128L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final long MAX_TEXT_CHARS = 32L * 1024 * 1024;

    private final String fileName;
    private long inflated;
    private long textChars;
    private long cells;

    XlsxBudget(String fileName) {
        this.fileName = fileName;
    }

    UnreadableFileException refused(String what) {
        return new UnreadableFileException(message(fileName, what));
    }

    /** {@code n} more bytes inflated from an entry that has inflated {@code partRead} from {@code compressed}. */
    void inflated(int n, long partRead, long compressed) {
        inflated += n;
        if (partRead > MAX_PART_BYTES || inflated > MAX_INFLATED_BYTES) {
            throw refused(Texts.t("file.xlsx.inflatesTooMuch", String.valueOf(MAX_PART_BYTES / (1024 * 1024))));
        }
        if (partRead > 1024 * 1024 && partRead / compressed > MAX_RATIO) {
            throw refused(Texts.t("file.xlsx.ratio", String.valueOf(MAX_RATIO)));
        }
    }

    /** {@code n} more characters of text, in a cell that already holds {@code inCell}. */
    void text(int inCell, int n) {
        textChars += n;
        if (inCell + n > MAX_CELL_CHARS) {
            throw refused(Texts.t("file.xlsx.cellTooLong", String.valueOf(MAX_CELL_CHARS)));
        }
        if (textChars > MAX_TEXT_CHARS) {
            throw refused(Texts.t("file.xlsx.tooMuchText", String.valueOf(MAX_TEXT_CHARS / (1024 * 1024))));
        }
    }

    void cell() {
        if (++cells > MAX_CELLS) {
            throw refused(Texts.t("file.tooManyCells", String.valueOf(MAX_CELLS)));
        }
    }
}
