package vn.hoinghi.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileSizesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aSmallFileIsNotZeroMegabytes() {
        assertThat(FileSizes.format(1024, VI)).isEqualTo("1 KB");
        assertThat(FileSizes.format(1500, VI)).isEqualTo("2 KB");
        assertThat(FileSizes.format(850, VI)).isEqualTo("850 B");
    }

    @Test
    void megabytesUseThePagesDecimalSign() {
        long size = (long) (3.4 * 1024 * 1024);
        assertThat(FileSizes.format(size, VI)).isEqualTo("3,4 MB");
        assertThat(FileSizes.format(size, Locale.ENGLISH)).isEqualTo("3.4 MB");
    }
}
