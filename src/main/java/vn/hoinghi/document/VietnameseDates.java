package vn.hoinghi.document;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.hoinghi.base.StaysVietnamese;

/** Dates and times as Vietnamese administrative documents write them. */
@StaysVietnamese("dates written as official documents write them")
public final class VietnameseDates {

    private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** "Thứ Hai" … "Chủ nhật". */
    public static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
    }

    /**
     * "Quảng Trị, ngày 05 tháng 3 năm 2021": Decree 30 pads days below 10 and the months January and
     * February with a zero (so "tháng 01", "tháng 02", but "tháng 3").
     */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /** "ngày 05 tháng 3 năm 2021", padded as {@link #placeAndDate} says. */
    public static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month < 3 ? "0" + month : Integer.toString(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }

    /** "Quảng Trị, tháng 10 năm 2021": the place and month on the cover of conference documents, padded as above. */
    public static String placeAndMonth(String place, LocalDate date) {
        int month = date.getMonthValue();
        return place + ", tháng " + (month < 3 ? "0" + month : Integer.toString(month)) + " năm " + date.getYear();
    }

    /** "07 giờ 30, thứ Sáu, ngày 29/10/2021". */
    public static String meetingTime(LocalDateTime time) {
        String day = weekday(time.toLocalDate());
        return "%02d giờ %02d, %s, ngày %s".formatted(time.getHour(), time.getMinute(),
                day.startsWith("Thứ") ? "thứ" + day.substring(3) : day, DAY.format(time));
    }
}
