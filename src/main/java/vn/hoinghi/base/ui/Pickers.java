package vn.hoinghi.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Arrays;
import java.util.List;
import vn.hoinghi.base.Texts;

/**
 * Date and date-time pickers that speak the page's language: month and weekday names, "Today" and "Cancel" of the
 * calendar, and the date format shown and parsed (dd/MM/yyyy, as Vietnamese users write it). Vaadin's own texts are
 * English whatever the page's locale, so every picker of the app is made here.
 */
public final class Pickers {

    private static final int MONDAY = 1;

    private Pickers() {
    }

    public static DatePicker date() {
        DatePicker picker = new DatePicker();
        picker.setI18n(calendar());
        return picker;
    }

    public static DatePicker date(String label) {
        DatePicker picker = date();
        picker.setLabel(label);
        return picker;
    }

    public static DateTimePicker dateTime() {
        DateTimePicker picker = new DateTimePicker();
        picker.setLocale(Texts.VIETNAMESE); // 24-hour time in both languages, as the dates are dd/MM/yyyy in both
        picker.setDatePickerI18n(calendar());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(Texts.t("components.dateTime.date"))
                .setTimeLabel(Texts.t("components.dateTime.time"))
                .setBadInputErrorMessage(Texts.t("components.dateTime.badInput"))
                .setIncompleteInputErrorMessage(Texts.t("components.dateTime.incomplete")));
        return picker;
    }

    private static DatePicker.DatePickerI18n calendar() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list("components.date.months"))
                .setWeekdays(list("components.date.weekdays"))
                .setWeekdaysShort(list("components.date.weekdaysShort"))
                .setFirstDayOfWeek(MONDAY)
                .setToday(Texts.t("components.date.today"))
                .setCancel(Texts.t("components.date.cancel"))
                .setDateFormat(Texts.t("components.date.format"))
                .setBadInputErrorMessage(Texts.t("components.date.badInput"));
    }

    /** A comma-separated list of the translation files, e.g. the twelve month names. */
    private static List<String> list(String key) {
        return Arrays.stream(Texts.t(key).split(",")).map(String::strip).toList();
    }
}
