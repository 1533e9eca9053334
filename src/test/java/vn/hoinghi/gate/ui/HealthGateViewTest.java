package vn.hoinghi.gate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.gate.ui.ScannerKeyboard.scan;
import static vn.hoinghi.gate.ui.ScannerKeyboard.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** The gate with the health declaration switched on: questions before the green screen, the medical desk after a "có". */
@IntegrationTest
@WithMockUser(username = "cong-yte-ui", roles = AppRoles.STAFF)
class HealthGateViewTest extends SignedInBrowserlessTest {

    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired HealthSettingsService settings;
    @Autowired HealthDeclarationService health;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    private long conference;

    /** The parts of the page; the health panel is found beside the verdict, as it is hidden until needed. */
    private record Gate(TextField code, ResultPanel result, DoorSearch search) {
        HealthPanel health() {
            return result.getParent().orElseThrow().getChildren().filter(HealthPanel.class::isInstance)
                    .map(HealthPanel.class::cast).findFirst().orElseThrow();
        }
    }

    private Gate openGate(boolean declaration) {
        conference = runAs.committee("bantochuc-yte-ui", () -> {
            long id = fixture.conferenceWithDelegates();
            settings.save(id, 0, declaration, HealthSettings.DEFAULT_QUESTIONS);
            return id;
        });
        accounts.serving("cong-yte-ui-gate", AppRoles.GATE, conference); // the gate account of the test that signs in as one
        navigate(ConferencePath.of(conference, "gate"), GateView.class);
        return new Gate($(TextField.class).withClassName("hn-gate-code").single(), $(ResultPanel.class).single(),
                $(DoorSearch.class).single());
    }

    private Delegate someone(String name) {
        return runAs.committee("bantochuc-yte-ui", () -> delegates.list(conference,
                new DelegateFilter(name, null, null, null, null, null, false)).getFirst());
    }

    private boolean checkedIn(Delegate d) {
        return runAs.committee("bantochuc-yte-ui", () -> delegates.get(d.id()).orElseThrow().checkedInAt() != null);
    }

    @Test
    void theQuestionsComeBeforeTheGreenScreenAndAllNoChecksIn() {
        Gate gate = openGate(true);
        Delegate tam = someone("Mai Công Tâm");

        scan(gate.code(), codes.code(tam));

        assertThat(gate.health().isVisible()).isTrue();
        assertThat(gate.result().isVisible()).isFalse();
        assertThat(text(gate.health())).contains("Khai báo y tế", "Ông Mai Công Tâm",
                "Trong 14 ngày qua, ông/bà có đến hoặc đi qua vùng có dịch không?", "Ông/bà có sốt, ho, khó thở, mất vị giác không?");
        assertThat(gate.health().no).hasSize(3);
        assertThat(gate.health().confirm.isEnabled()).as("not before every question is answered").isFalse();
        assertThat(checkedIn(tam)).isFalse();

        gate.health().no.forEach(b -> test(b).click());
        assertThat(gate.health().confirm.getText()).isEqualTo("Xác nhận và điểm danh");
        test(gate.health().confirm).click();

        assertThat(gate.health().isVisible()).isFalse();
        assertThat(gate.result().isVisible()).isTrue();
        assertThat(gate.result().getClassNames()).contains(ResultPanel.OK);
        assertThat(text(gate.result())).contains("Điểm danh thành công", "Ông Mai Công Tâm");
        assertThat(checkedIn(tam)).isTrue();

        scan(gate.code(), codes.code(tam));
        assertThat(gate.health().isVisible()).as("already in: no questions").isFalse();
        assertThat(gate.result().getClassNames()).contains(ResultPanel.ALREADY);
    }

    @Test
    void aYesSendsToTheMedicalDeskAndTheCommitteeLetsInOnceItAllows() {
        Gate gate = openGate(true);
        Delegate an = someone("Đinh Hữu An");

        test(gate.search().text).setValue("dinh huu an");
        test($(Button.class, gate.search().matches).withText("Điểm danh").first()).click();
        test(gate.health().no.get(0)).click();
        test(gate.health().yes.get(1)).click();
        test(gate.health().no.get(2)).click();
        assertThat(gate.health().confirm.getText()).isEqualTo("Xác nhận – mời đến bàn y tế");
        test(gate.health().confirm).click();

        assertThat(gate.result().getClassNames()).contains(ResultPanel.MEDICAL).doesNotContain(ResultPanel.OK);
        assertThat(text(gate.result())).contains("Mời đại biểu đến bàn y tế", "Đinh Hữu An");
        assertThat(checkedIn(an)).isFalse();

        // The committee scans the delegate again after the medical desk: an explicit "allowed" step.
        scan(gate.code(), codes.code(an));
        assertThat(text(gate.health())).contains("Đại biểu đang chờ ý kiến y tế", "«Có» ở câu 2: Ông/bà có sốt, ho");
        assertThat(gate.health().no).as("no questions to answer again").isEmpty();
        test(gate.health().confirm).click();

        assertThat(gate.result().getClassNames()).contains(ResultPanel.OK);
        assertThat(checkedIn(an)).isTrue();
    }

    @Test
    @WithMockUser(username = "cong-yte-ui-gate", roles = AppRoles.GATE)
    void aGateAccountCannotLetAReferredDelegateIn() {
        Gate gate = openGate(true);
        Delegate an = someone("Đinh Hữu An");
        scan(gate.code(), codes.code(an));
        test(gate.health().yes.get(0)).click();
        gate.health().no.stream().skip(1).forEach(b -> test(b).click());
        test(gate.health().confirm).click();

        scan(gate.code(), codes.code(an));

        assertThat(gate.health().isVisible()).isFalse();
        assertThat(gate.result().getClassNames()).contains(ResultPanel.MEDICAL);
        assertThat(checkedIn(an)).isFalse();
    }

    @Test
    void cancellingChecksNobodyInAndSaysSo() {
        Gate gate = openGate(true);
        Delegate tam = someone("Mai Công Tâm");
        scan(gate.code(), codes.code(tam));

        test(gate.health().cancel).click();

        assertThat(text(gate.health())).contains("Chưa điểm danh Mai Công Tâm");
        assertThat(checkedIn(tam)).isFalse();
        assertThat(runAs.committee("bantochuc-yte-ui", () -> health.list(conference))).isEmpty();
    }

    @Test
    void withTheSettingOffTheGateIsAsBefore() {
        Gate gate = openGate(false);
        scan(gate.code(), codes.code(someone("Mai Công Tâm")));

        assertThat(gate.health().isVisible()).isFalse();
        assertThat(gate.result().getClassNames()).contains(ResultPanel.OK);
    }
}
