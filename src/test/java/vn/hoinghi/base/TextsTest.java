package vn.hoinghi.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hoinghi.OnPage;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;

/** A refusal reads in the language of the page that asked, and in Vietnamese where no page asks. */
class TextsTest {

    @Test
    void aFileRefusedOnAnEnglishPageReadsEnglishNamingTheFile() {
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> TabularFiles.read("list.csv", "\"a,b\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("Could not read the file \"list.csv\": row 1 is not valid CSV (a double quote \" is "
                            + "not closed or is out of place).");
        }
    }

    @Test
    void theSameRefusalReadsVietnameseOnAVietnamesePageAndWithoutAPage() {
        String vietnamese = "Không đọc được tệp \"list.csv\": dòng 1 sai định dạng CSV (một dấu ngoặc kép \" chưa "
                + "đóng hoặc đặt sai chỗ).";
        assertThatThrownBy(() -> TabularFiles.read("list.csv", "\"a,b\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage(vietnamese);
        try (var _ = OnPage.in(Texts.VIETNAMESE)) {
            assertThatThrownBy(() -> TabularFiles.read("list.csv", "\"a,b\n".getBytes(StandardCharsets.UTF_8)))
                    .hasMessage(vietnamese);
        }
    }

    @Test
    void englishKeepsItsApostrophesAndNumbersInArguments() {
        assertThat(Texts.in(Locale.ENGLISH, "file.xlsx.cellOutside", "C12", "16384"))
                .isEqualTo("cell C12 lies beyond the sheet’s first 16384 columns.");
        assertThat(Texts.in(Texts.VIETNAMESE, "import.rowProblem", "12", "Họ và tên", "trống"))
                .isEqualTo("Dòng 12, Họ và tên: trống");
    }
}
