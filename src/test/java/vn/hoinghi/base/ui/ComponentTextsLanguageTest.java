package vn.hoinghi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hoinghi.OnPage;
import vn.hoinghi.base.Texts;

/** The one place of each component's own texts words them in the page's language, and Vietnamese by default. */
class ComponentTextsLanguageTest {

    @Test
    void aCalendarIsVietnameseOnAVietnamesePageAndEnglishOnAnEnglishOne() {
        DatePicker.DatePickerI18n vi = on(Texts.VIETNAMESE, () -> Pickers.date().getI18n());
        assertThat(vi.getMonthNames()).hasSize(12).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(vi.getWeekdaysShort()).containsExactly("CN", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(vi.getToday()).isEqualTo("Hôm nay");
        assertThat(vi.getCancel()).isEqualTo("Hủy");
        assertThat(vi.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(vi.getFirstDayOfWeek()).isEqualTo(1);

        DatePicker.DatePickerI18n en = on(Locale.ENGLISH, () -> Pickers.dateTime().getDatePickerI18n());
        assertThat(en.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(en.getToday()).isEqualTo("Today");
        assertThat(en.getCancel()).isEqualTo("Cancel");
    }

    @Test
    void questionsAndUploadsHaveNoEnglishButtonsOnAVietnamesePage() {
        ConfirmDialog vi = on(Texts.VIETNAMESE, Confirmations::ask);
        assertThat(vi.getElement().getProperty("cancelText")).isEqualTo("Hủy");
        assertThat(vi.getElement().getProperty("confirmText")).isEqualTo("Đồng ý");
        assertThat(vi.getElement().getProperty("cancelButtonVisible", false)).isTrue();
        UploadI18N upload = on(Texts.VIETNAMESE, ComponentTexts::upload);
        assertThat(upload.getFile().getRemove()).isEqualTo("Bỏ tệp");
        assertThat(upload.getUploading().getStatus().getProcessing()).isEqualTo("Đang xử lý tệp…");

        ConfirmDialog en = on(Locale.ENGLISH, Confirmations::ask);
        assertThat(en.getElement().getProperty("cancelText")).isEqualTo("Cancel");
    }

    private static <T> T on(Locale locale, Supplier<T> make) {
        try (var _ = OnPage.in(locale)) {
            return make.get();
        }
    }
}
