package vn.hoinghi.conference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "bantochuc-ui", roles = AppRoles.STAFF)
class ConferenceDialogTest extends SignedInBrowserlessTest {

    @Autowired ConferenceService service;

    @Test
    void theCommitteeSeesWhatIsWrongAtEachFieldAndNothingIsSaved() {
        int before = service.list().size();
        ConferenceDialog dialog = new ConferenceDialog(service, null, () -> { });
        dialog.open();
        roundTrip();
        test(dialog.organizer).setValue("UBND tỉnh Quảng Trị");
        test(dialog.province).setValue("Quảng Trị");
        test(dialog.venue).setValue("Hội trường UBND tỉnh");
        test(dialog.startsAt).setValue(LocalDateTime.of(2026, 12, 1, 8, 0));
        test(dialog.endsAt).setValue(LocalDateTime.of(2026, 12, 1, 7, 0));
        test(dialog.pointSilenceMinutes).setValue(0);

        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Hãy nhập tên hội nghị.");
        assertThat(dialog.endsAt.getErrorMessage()).isEqualTo("Giờ kết thúc phải sau giờ bắt đầu.");
        assertThat(dialog.pointSilenceMinutes.getErrorMessage()).isEqualTo("Số phút im lặng phải từ 1 đến 240.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.list()).hasSize(before);
    }

    @Test
    void aCompleteFormCreatesTheConferenceAndOpensIt() {
        String title = TestData.unique("Hội nghị sơ kết phong trào thi đua");
        ConferenceDialog dialog = new ConferenceDialog(service, null, () -> { });
        dialog.open();
        roundTrip();
        test(dialog.title).setValue(title);
        test(dialog.organizer).setValue("UBND tỉnh Kiên Giang");
        test(dialog.province).setValue("Kiên Giang");
        test(dialog.venue).setValue("Hội trường Tỉnh ủy");
        test(dialog.format).selectItem(dialog.getTranslation("format." + ConferenceFormat.IN_PERSON));
        test(dialog.startsAt).setValue(LocalDateTime.of(2026, 12, 2, 7, 30));
        test(dialog.endsAt).setValue(LocalDateTime.of(2026, 12, 2, 11, 30));

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        Conference created = service.list().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
        assertThat(created.format()).isEqualTo(ConferenceFormat.IN_PERSON);
        assertThat(created.pointSilenceMinutes()).as("the default").isEqualTo(15);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(ConferencePath.of(created.id()));
    }

    @Test
    void thePlansFormLeadsToTheAwardQuotasAfterSavingIt() {
        long id = service.create(TestData.conference(TestData.unique("Hội nghị có chỉ tiêu khen thưởng")));
        Conference conference = service.open(id).orElseThrow();
        ConferenceDialog dialog = new ConferenceDialog(service, conference, () -> { });
        dialog.open();
        roundTrip();
        test(dialog.venue).setValue("Hội trường Tỉnh ủy");

        test(dialog.saveAndSetQuotas).click();

        assertThat(service.open(id).orElseThrow().venue()).isEqualTo("Hội trường Tỉnh ủy");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(ConferencePath.of(id, "awards"));
        assertThat($(Dialog.class).all()).filteredOn(Dialog::isOpened).extracting(Dialog::getHeaderTitle)
                .containsExactly("Chỉ tiêu khen thưởng và hạn nộp đề nghị");
    }
}
