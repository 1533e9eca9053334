package vn.hoinghi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void datesFollowDecree30() {
        assertThat(VietnameseDates.placeAndDate("Quảng Trị", LocalDate.of(2021, 2, 5)))
                .isEqualTo("Quảng Trị, ngày 05 tháng 02 năm 2021");
        assertThat(VietnameseDates.placeAndDate("Quảng Trị", LocalDate.of(2021, 10, 29)))
                .isEqualTo("Quảng Trị, ngày 29 tháng 10 năm 2021");
        assertThat(VietnameseDates.placeAndDate("Huế", LocalDate.of(2021, 3, 1))).isEqualTo("Huế, ngày 01 tháng 3 năm 2021");
        assertThat(VietnameseDates.placeAndMonth("Quảng Trị", LocalDate.of(2021, 10, 29)))
                .isEqualTo("Quảng Trị, tháng 10 năm 2021");
        assertThat(VietnameseDates.placeAndMonth("Huế", LocalDate.of(2022, 1, 15))).isEqualTo("Huế, tháng 01 năm 2022");
        assertThat(VietnameseDates.meetingTime(LocalDate.of(2021, 10, 29).atTime(7, 30)))
                .isEqualTo("07 giờ 30, thứ Sáu, ngày 29/10/2021");
        assertThat(VietnameseDates.meetingTime(LocalDate.of(2021, 10, 31).atTime(14, 0)))
                .isEqualTo("14 giờ 00, Chủ nhật, ngày 31/10/2021");
    }
}
