package vn.hoinghi.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.checkin.DeviceScan;
import vn.hoinghi.gate.ScannerService;

/** The health declaration at the gate and at the scanner devices, against the real database. */
@IntegrationTest
@WithMockUser(username = "bantochuc-yte", roles = AppRoles.STAFF)
class HealthDeclarationServiceTest {

    private static final List<Boolean> ALL_NO = List.of(false, false, false);

    @Autowired ImportFixture fixture;
    @Autowired HealthSettingsService settings;
    @Autowired HealthDeclarationService health;
    @Autowired CheckinService checkins;
    @Autowired ScannerService scanners;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    private Delegate someone(long conference, String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    private long conferenceAskingTheDeclaration() {
        long conference = fixture.conferenceWithDelegates();
        settings.save(conference, 0, true, HealthSettings.DEFAULT_QUESTIONS);
        return conference;
    }

    private <T> T atTheGate(long conference, java.util.function.Supplier<T> work) {
        accounts.serving("cong-yte", AppRoles.GATE, conference);
        return runAs.role("cong-yte", AppRoles.GATE, work);
    }

    private boolean checkedIn(Delegate d) {
        return delegates.get(d.id()).orElseThrow().checkedInAt() != null;
    }

    @Test
    void withTheSettingOffTheGateAsksNothingAndChecksInAsBefore() {
        long conference = fixture.conferenceWithDelegates();
        Delegate tam = someone(conference, "Mai Công Tâm");

        assertThat(settings.get(conference).enabled()).isFalse();
        assertThat(settings.get(conference).questions()).hasSize(3);
        assertThat(atTheGate(conference, () -> health.beforeScan(conference, codes.code(tam)))).isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(atTheGate(conference, () -> health.beforeFound(conference, tam.id()))).isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(checkins.scan(conference, codes.code(tam), "Cổng 1").reason()).isEqualTo(CheckinReason.OK);
        assertThat(health.list(conference)).isEmpty();
    }

    @Test
    void theSettingKeepsOneToFiveQuestionsWithVietnameseMessagesAtTheField() {
        long conference = fixture.conferenceWithDelegates();

        assertThatThrownBy(() -> settings.save(conference, 0, true, Arrays.asList(" ", null, "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("question1", "Hãy nhập ít nhất một câu hỏi khai báo y tế."));
        assertThatThrownBy(() -> settings.save(conference, 0, true, List.of("a?", "b?", "c?", "d?", "e?", "f?")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("questions", "Chỉ đặt tối đa 5 câu hỏi khai báo y tế."));
        assertThatThrownBy(() -> settings.save(conference, 0, true, List.of("Có sốt không?", "x".repeat(301))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("question2").extractingByKey("question2").asString().contains("300 ký tự"));

        settings.save(conference, 0, true, Arrays.asList("  Ông/bà có   sốt không? ", "", "Có ho không?", null, null));
        HealthSettings saved = settings.get(conference);
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.questions()).containsExactly("Ông/bà có sốt không?", "Có ho không?");
        assertThatThrownBy(() -> settings.save(conference, 0, false, List.of("Có ho không?")))
                .as("saved by someone else in between").isInstanceOf(VersionConflictException.class);
        settings.save(conference, saved.version(), false, List.of("Có ho không?"));
        assertThat(settings.get(conference).enabled()).isFalse();
        assertThatThrownBy(() -> atTheGate(conference, () -> {
            settings.save(conference, settings.get(conference).version(), true, List.of("Có ho không?"));
            return null;
        })).as("only the committee changes it").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void allNoChecksInAndTheDeclarationIsStoredWithTheCheckin() {
        long conference = conferenceAskingTheDeclaration();
        Delegate tam = someone(conference, "Mai Công Tâm");

        HealthStep step = atTheGate(conference, () -> health.beforeScan(conference, codes.code(tam)));
        assertThat(step).isInstanceOf(HealthStep.Ask.class);
        HealthStep.Ask ask = (HealthStep.Ask) step;
        assertThat(ask.questions()).isEqualTo(HealthSettings.DEFAULT_QUESTIONS);
        assertThat(ask.delegate().id()).isEqualTo(tam.id());
        assertThat(checkedIn(tam)).as("asking checks nobody in").isFalse();

        CheckinResult result = atTheGate(conference, () -> health.declare(conference, ask, ALL_NO, "Cổng 2"));

        assertThat(result.reason()).isEqualTo(CheckinReason.OK);
        assertThat(result.checkin().method()).isEqualTo(vn.hoinghi.checkin.CheckinMethod.QR);
        assertThat(checkedIn(tam)).isTrue();
        HealthDeclaration stored = health.list(conference).getFirst();
        assertThat(stored.delegateId()).isEqualTo(tam.id());
        assertThat(stored.flagged()).isFalse();
        assertThat(stored.answers()).isEqualTo(ALL_NO);
        assertThat(stored.questions()).isEqualTo(HealthSettings.DEFAULT_QUESTIONS);
        assertThat(stored.checkinId()).isEqualTo(result.checkin().id());
        assertThat(stored.gate()).isEqualTo("Cổng 2");
        // Who: the same account as on the check-in (the user's name itself depends on the test context's security holder).
        assertThat(stored.by()).isNotBlank().isEqualTo(result.checkin().by());
        assertThat(atTheGate(conference, () -> health.beforeScan(conference, codes.code(tam))))
                .as("already in: no questions, the scan says so").isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(checkins.scan(conference, codes.code(tam), "Cổng 1").reason()).isEqualTo(CheckinReason.ALREADY);
    }

    @Test
    void theCheckinAndItsDeclarationAreOneTransaction() {
        long conference = conferenceAskingTheDeclaration();
        Delegate tam = someone(conference, "Mai Công Tâm");
        // A question too long for the column makes the declaration's insert fail after the check-in's.
        HealthStep.Ask ask = new HealthStep.Ask(tam, List.of("x".repeat(70_000)), codes.code(tam));

        assertThatThrownBy(() -> atTheGate(conference, () -> health.declare(conference, ask, List.of(false), "Cổng 1")))
                .isInstanceOf(DataAccessException.class);

        assertThat(checkedIn(tam)).as("the check-in was rolled back with the declaration").isFalse();
        assertThat(checkins.recent(conference, null, 10)).isEmpty();
        assertThat(health.list(conference)).isEmpty();
    }

    @Test
    void anyYesSendsToTheMedicalDeskWithoutCheckingInAndTheCommitteeLetsInAfterwards() {
        long conference = conferenceAskingTheDeclaration();
        Delegate an = someone(conference, "Đinh Hữu An");
        Delegate tam = someone(conference, "Mai Công Tâm");
        atTheGate(conference, () -> health.declare(conference, (HealthStep.Ask) health.beforeScan(conference, codes.code(tam)),
                ALL_NO, "Cổng 1"));
        HealthStep.Ask ask = (HealthStep.Ask) atTheGate(conference, () -> health.beforeFound(conference, an.id()));
        assertThat(ask.scanned()).as("found by search").isNull();

        CheckinResult result = atTheGate(conference, () -> health.declare(conference, ask, List.of(false, true, false), "Cổng 1"));

        assertThat(result.reason()).isEqualTo(CheckinReason.REFER_MEDICAL);
        assertThat(result.checkin()).isNull();
        assertThat(checkedIn(an)).isFalse();
        List<HealthDeclaration> list = health.list(conference);
        assertThat(list).hasSize(2);
        HealthDeclaration flagged = list.getFirst();
        assertThat(flagged.delegateId()).as("flagged first").isEqualTo(an.id());
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.pending()).isTrue();
        assertThat(flagged.yesNumbers()).containsExactly(2);
        assertThat(flagged.checkinId()).isNull();

        // Back at a gate before the medical desk decided: referred again, no questions to answer "không" to.
        HealthStep again = atTheGate(conference, () -> health.beforeScan(conference, codes.code(an)));
        assertThat(again).isInstanceOfSatisfying(HealthStep.Referred.class,
                r -> assertThat(r.declaration().id()).isEqualTo(flagged.id()));
        assertThat(atTheGate(conference, () -> health.declare(conference, ask, ALL_NO, "Cổng 3")).reason())
                .as("an all-no answer elsewhere does not get round the medical desk").isEqualTo(CheckinReason.REFER_MEDICAL);
        assertThat(checkedIn(an)).isFalse();

        // Only the committee sees the declarations and lets a referred delegate in.
        assertThatThrownBy(() -> atTheGate(conference, () -> health.list(conference))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> atTheGate(conference, () -> health.clear(flagged.id(), "Cổng 1"))).isInstanceOf(AccessDeniedException.class);

        CheckinResult cleared = health.clear(flagged.id(), "Bàn y tế");

        assertThat(cleared.reason()).isEqualTo(CheckinReason.OK);
        assertThat(cleared.checkin().gate()).isEqualTo("Bàn y tế");
        assertThat(checkedIn(an)).isTrue();
        HealthDeclaration after = health.list(conference).stream().filter(d -> d.id() == flagged.id()).findFirst().orElseThrow();
        assertThat(after.pending()).isFalse();
        assertThat(after.clearedBy()).isNotBlank().isEqualTo(cleared.checkin().by());
        assertThat(after.checkinId()).isEqualTo(cleared.checkin().id());
        assertThatThrownBy(() -> health.clear(flagged.id(), "Bàn y tế")).isInstanceOf(ValidationException.class);
        assertThat(atTheGate(conference, () -> health.beforeScan(conference, codes.code(an)))).isInstanceOf(HealthStep.NotNeeded.class);
    }

    @Test
    void codesThatWouldNotCheckAnyoneInAskNothing() {
        long conference = conferenceAskingTheDeclaration();
        Delegate kien = someone(conference, "Trương Quốc Kiên");
        String code = codes.code(kien);
        delegates.withdraw(kien.id(), kien.version());

        assertThat(atTheGate(conference, () -> health.beforeScan(conference, code))).isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(atTheGate(conference, () -> health.beforeScan(conference, "xin chào"))).isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(atTheGate(conference, () -> health.beforeScan(conference, code.substring(0, code.length() - 2) + "zz")))
                .isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(checkins.scan(conference, code, "Cổng 1").reason()).isEqualTo(CheckinReason.REVOKED);
        assertThat(health.list(conference)).isEmpty();
    }

    @Test
    void aScannerDeviceSendsTheAnswersWithTheCode() {
        long conference = fixture.conferenceWithDelegates();
        String tam = codes.code(someone(conference, "Mai Công Tâm"));
        String an = codes.code(someone(conference, "Đinh Hữu An"));
        String kien = codes.code(someone(conference, "Trương Quốc Kiên"));
        String token = scanners.register(conference, "Kiosk y tế", "Cổng chính").token();

        DeviceScan off = scanners.scan(token, kien, "k-1", List.of(true)).orElseThrow();
        assertThat(off.result().reason()).as("setting off: answers ignored, as before").isEqualTo(CheckinReason.OK);
        assertThat(off.questions()).isNull();

        settings.save(conference, 0, true, HealthSettings.DEFAULT_QUESTIONS);
        DeviceScan missing = scanners.scan(token, tam, "k-2", null).orElseThrow();
        DeviceScan tooFew = scanners.scan(token, tam, "k-3", List.of(false)).orElseThrow();
        assertThat(missing.result().reason()).isEqualTo(CheckinReason.DECLARATION_REQUIRED);
        assertThat(missing.result().reason().apiCode()).isEqualTo("declaration_required");
        assertThat(missing.result().delegate().fullName()).isEqualTo("Mai Công Tâm");
        assertThat(missing.questions()).isEqualTo(HealthSettings.DEFAULT_QUESTIONS);
        assertThat(tooFew.result().reason()).isEqualTo(CheckinReason.DECLARATION_REQUIRED);
        assertThat(scanners.scan(token, tam, "k-2b", null).map(DeviceScan::result).orElseThrow().checkin()).isNull();
        assertThat(health.list(conference)).as("nothing declared yet").isEmpty();

        DeviceScan ok = scanners.scan(token, tam, "k-4", ALL_NO).orElseThrow();
        DeviceScan retry = scanners.scan(token, tam, "k-4", ALL_NO).orElseThrow();
        assertThat(ok.result().reason()).isEqualTo(CheckinReason.OK);
        assertThat(retry.result().reason()).isEqualTo(CheckinReason.OK);
        assertThat(retry.result().checkin().id()).isEqualTo(ok.result().checkin().id());
        assertThat(scanners.scan(token, tam, "k-5", null).orElseThrow().result().reason())
                .as("already in: no answers needed").isEqualTo(CheckinReason.ALREADY);

        DeviceScan yes = scanners.scan(token, an, "k-6", List.of(true, false, false)).orElseThrow();
        DeviceScan yesAgain = scanners.scan(token, an, "k-7", ALL_NO).orElseThrow();
        assertThat(yes.result().reason()).isEqualTo(CheckinReason.REFER_MEDICAL);
        assertThat(yes.result().reason().apiCode()).isEqualTo("refer_medical");
        assertThat(yesAgain.result().reason()).as("waits for the medical desk").isEqualTo(CheckinReason.REFER_MEDICAL);

        List<HealthDeclaration> declared = health.list(conference);
        assertThat(declared).hasSize(2);
        assertThat(declared.getFirst().flagged()).isTrue();
        assertThat(declared.getFirst().by()).isEqualTo("thiết bị: Kiosk y tế");
        assertThat(declared.get(1).checkinId()).isEqualTo(ok.result().checkin().id());
        assertThat(checkins.recent(conference, null, 10)).hasSize(2); // Kiên (setting off) and Tâm
    }
}
