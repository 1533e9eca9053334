package vn.hoinghi.health.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "bantochuc-yte-dialog", roles = AppRoles.STAFF)
class HealthSettingsDialogTest extends SpringBrowserlessTest {

    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired HealthSettingsService settings;

    @Test
    void theCommitteeSwitchesItOnAndEditsTheQuestionsWithMessagesAtTheField() {
        Conference conference = conferences.get(fixture.conferenceWithPoints()).orElseThrow();
        HealthSettingsDialog dialog = new HealthSettingsDialog(settings, conference, () -> { });
        dialog.open();
        roundTrip();

        assertThat(dialog.enabled.getValue()).isFalse();
        assertThat(dialog.enabled.getLabel()).isEqualTo("Khai báo y tế tại cổng");
        assertThat(dialog.questions.get(0).getValue()).startsWith("Trong 14 ngày qua");
        assertThat(dialog.questions.get(3).getValue()).isEmpty();

        test(dialog.enabled).click();
        dialog.questions.forEach(q -> test(q).setValue(""));
        test(dialog.save).click();
        assertThat(dialog.questions.get(0).isInvalid()).isTrue();
        assertThat(dialog.questions.get(0).getErrorMessage()).isEqualTo("Hãy nhập ít nhất một câu hỏi khai báo y tế.");
        assertThat(settings.get(conference.id()).version()).as("nothing saved").isZero();

        test(dialog.questions.get(1)).setValue("Ông/bà có sốt không?");
        test(dialog.questions.get(4)).setValue("x".repeat(320));
        test(dialog.save).click();
        assertThat(dialog.questions.get(4).getErrorMessage()).contains("dài quá 300 ký tự");

        test(dialog.questions.get(4)).setValue("Ông/bà có ho không?");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(settings.get(conference.id()).enabled()).isTrue();
        assertThat(settings.get(conference.id()).questions()).containsExactly("Ông/bà có sốt không?", "Ông/bà có ho không?");
    }
}
