package vn.hoinghi.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * A declaration that lets a delegate in, at once or after the medical desk, reaches the attendance screens with its
 * check-in. (A referral checks nobody in, and no live screen shows declarations or the setting.)
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-yte", roles = AppRoles.STAFF)
class HealthLiveEventsTest {

    private static final List<Boolean> ALL_NO = List.of(false, false, false);
    private static final List<Boolean> A_YES = List.of(false, true, false);

    @Autowired LiveProbe probe;
    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired HealthSettingsService settings;
    @Autowired HealthDeclarationService health;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    private <T> T atTheGate(long conference, Supplier<T> work) {
        accounts.serving("cong-yte", AppRoles.GATE, conference);
        return runAs.role("cong-yte", AppRoles.GATE, work);
    }

    private Delegate someone(long conference, String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    @Test
    void allNoAtTheGateAndAReferralClearedByTheCommittee() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        long other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
        settings.save(conference, 0, true, HealthSettings.DEFAULT_QUESTIONS);
        Delegate tam = someone(conference, "Mai Công Tâm");
        Delegate an = someone(conference, "Đinh Hữu An");

        HealthStep.Ask askTam = (HealthStep.Ask) atTheGate(conference, () -> health.beforeScan(conference, codes.code(tam)));
        probe.expect(conference, other, Set.of(LiveTopic.ATTENDANCE),
                () -> atTheGate(conference, () -> health.declare(conference, askTam, ALL_NO, "Cổng 1")));

        HealthStep.Ask askAn = (HealthStep.Ask) atTheGate(conference, () -> health.beforeFound(conference, an.id()));
        assertThat(atTheGate(conference, () -> health.declare(conference, askAn, A_YES, "Cổng 1")).reason())
                .isEqualTo(CheckinReason.REFER_MEDICAL);
        long referral = health.list(conference).stream().filter(d -> d.delegateId() == an.id()).findFirst()
                .orElseThrow().id();
        probe.expect(conference, other, Set.of(LiveTopic.ATTENDANCE), () -> health.clear(referral, "Bàn y tế"));
    }
}
