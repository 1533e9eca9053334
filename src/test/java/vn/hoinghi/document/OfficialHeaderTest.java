package vn.hoinghi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficialHeaderTest {

    @Test
    void theIssuerIsSetInCapitalsAndBreaksBeforeItsPlace() {
        assertThat(OfficialHeader.issuerLines("Ủy ban nhân dân tỉnh Quảng Trị"))
                .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ");
        assertThat(OfficialHeader.issuerLines("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị"))
                .containsExactly("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TỈNH QUẢNG TRỊ");
        assertThat(OfficialHeader.issuerLines("Ủy ban nhân dân thị xã Quảng Trị"))
                .containsExactly("ỦY BAN NHÂN DÂN", "THỊ XÃ QUẢNG TRỊ");
        assertThat(OfficialHeader.issuerLines("Tỉnh đoàn")).containsExactly("TỈNH ĐOÀN");
    }

    @Test
    void theDocumentNumberLeavesTheNumberBlankAndAbbreviatesTheIssuer() {
        assertThat(OfficialHeader.abbreviation("Ủy ban nhân dân tỉnh Quảng Trị")).isEqualTo("UBND");
        assertThat(OfficialHeader.abbreviation("Hội đồng nhân dân tỉnh Quảng Trị")).isEqualTo("HĐND");
        assertThat(OfficialHeader.of("Ủy ban nhân dân tỉnh Quảng Trị", "GM", "Quảng Trị", LocalDate.of(2021, 10, 20))
                .number()).matches("Số: +/GM-UBND");
    }
}
