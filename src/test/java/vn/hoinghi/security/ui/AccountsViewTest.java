package vn.hoinghi.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.Account;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceDirectory.ConferenceChoice;

@IntegrationTest
@WithMockUser(username = "quantri-taikhoan", roles = AppRoles.ADMIN)
class AccountsViewTest extends SignedInBrowserlessTest {

    @Autowired ConferenceService conferences;
    @Autowired AccountService accounts;

    @Test
    void theAdminPicksTheConferencesAGateAccountServesAndTheCommitteeNeedsNone() {
        long a = conferences.create(TestData.conference(TestData.unique("Hội nghị của cổng")));
        navigate(AccountsView.class);
        test($(Button.class).withText("Thêm tài khoản").single()).click();
        AccountDialog dialog = $(AccountDialog.class).single();
        assertThat(dialog.conferences.isVisible()).as("a new account has no role yet").isFalse();
        dialog.role.setValue(AppRoles.STAFF);
        assertThat(dialog.conferences.isVisible()).as("the committee serves every conference").isFalse();
        dialog.role.setValue(AppRoles.GATE);
        assertThat(dialog.conferences.isVisible()).isTrue();

        String username = "cong-chon-hn-" + a;
        dialog.username.setValue(username);
        dialog.displayName.setValue("Tổ đón tiếp cổng 3");
        dialog.password.setValue("mat-khau-cong-ba");
        ConferenceChoice choice = dialog.conferences.getListDataView().getItems().filter(c -> c.id() == a).findFirst()
                .orElseThrow();
        dialog.conferences.setValue(Set.of(choice));
        test($(Button.class, dialog).withText(dialog.getTranslation("action.save")).single()).click();

        assertThat(dialog.isOpened()).isFalse();
        Account saved = accounts.list().stream().filter(x -> x.username().equals(username)).findFirst().orElseThrow();
        assertThat(accounts.conferences()).containsEntry(saved.id(), Set.of(a));
    }
}
