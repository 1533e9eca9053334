package vn.hoinghi.award.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.award.AppraisalService;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.AppRoles;

/** What the award pages say when a service refuses: never Spring's bare "Access Denied", and in the page's language. */
@IntegrationTest
class RefusalTextTest extends SignedInBrowserlessTest {

    @Autowired AppraisalService appraisal;

    @Test
    @WithMockUser(username = "donvi-refusal", roles = AppRoles.UNIT)
    void aRoleRefusalReadsAsTheHousesRefusalAndAServicesOwnReasonIsKeptInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AccessDeniedException byRole = catchThrowableOfType(AccessDeniedException.class, () -> appraisal.accept(1, 0));
        AccessDeniedException byRule = new AccessDeniedException(Texts.t("award.deadlinePassed", "23:59 26/10/2021"));

        assertThat(I18n.refusal(byRole)).isEqualTo("The account signed in may not see or do this. If you need to,"
                + " please contact the organising committee.");
        assertThat(I18n.refusal(byRule)).isEqualTo("The deadline for award proposals has passed (23:59 26/10/2021).");
    }
}
