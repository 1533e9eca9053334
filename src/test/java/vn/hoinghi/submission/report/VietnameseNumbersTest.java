package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures typed the Vietnamese way, read strictly, written back the same way. */
class VietnameseNumbersTest {

    @Test
    void readsDotsBetweenThousandsAndACommaBeforeDecimals() {
        assertThat(VietnameseNumbers.parse("1.234", true)).isEqualByComparingTo("1234");
        assertThat(VietnameseNumbers.parse(" 12 450 ", true)).isEqualByComparingTo("12450");
        assertThat(VietnameseNumbers.parse("1.234.567,5", false)).isEqualByComparingTo("1234567.5");
        assertThat(VietnameseNumbers.parse("0,125", false)).isEqualByComparingTo("0.125");
        assertThat(VietnameseNumbers.parse("12,0", true)).isEqualByComparingTo("12");
        assertThat(VietnameseNumbers.parse("0", true)).isEqualByComparingTo("0");
    }

    @Test
    void refusesWhatItWouldHaveToGuess() {
        assertThatThrownBy(() -> VietnameseNumbers.parse("12.5", false)).hasMessageContaining("dấu phẩy trước phần thập phân");
        assertThatThrownBy(() -> VietnameseNumbers.parse("1.23.456", true)).hasMessage("phải là số nguyên không âm, ví dụ 1.234");
        assertThatThrownBy(() -> VietnameseNumbers.parse("-1", true)).hasMessage("phải là số nguyên không âm (không được âm)");
        assertThatThrownBy(() -> VietnameseNumbers.parse("1e5", false)).hasMessage("phải là số không âm, ví dụ 1.234,5");
        assertThatThrownBy(() -> VietnameseNumbers.parse("1.000.000.000.000.000", true)).hasMessageStartingWith("lớn quá");
    }

    @Test
    void writesTheVietnameseWay() {
        assertThat(VietnameseNumbers.format(new BigDecimal("1234567.500"))).isEqualTo("1.234.567,5");
        assertThat(VietnameseNumbers.format(new BigDecimal("12.000"))).isEqualTo("12");
        assertThat(VietnameseNumbers.format(new BigDecimal("0.125"))).isEqualTo("0,125");
    }
}
