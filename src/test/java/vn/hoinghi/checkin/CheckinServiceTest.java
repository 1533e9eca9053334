package vn.hoinghi.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.gate.ScannerService;

@IntegrationTest
@WithMockUser(username = "cong1", roles = AppRoles.STAFF)
class CheckinServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired CheckinService checkins;
    @Autowired ScannerService scanners;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    private Delegate someone(long conference, String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    @Test
    void aGenuineCodeChecksInOnceAndASecondScanSaysWhenAndWhere() {
        long conference = fixture.conferenceWithDelegates();
        Delegate tam = someone(conference, "Mai Công Tâm");
        String link = "http://localhost:8080/moi/" + codes.code(tam);

        CheckinResult first = checkins.scan(conference, link, "Cổng 1");
        CheckinResult second = checkins.scan(conference, codes.code(tam), "Cổng 2");

        assertThat(first.reason()).isEqualTo(CheckinReason.OK);
        assertThat(first.delegate().fullName()).isEqualTo("Mai Công Tâm");
        assertThat(second.reason()).isEqualTo(CheckinReason.ALREADY);
        assertThat(second.checkin().gate()).isEqualTo("Cổng 1");
        assertThat(second.checkin().at()).isEqualTo(first.checkin().at());
        assertThat(delegates.get(tam.id()).orElseThrow().checkedInAt()).isNotNull();
    }

    @Test
    void eachBadCodeHasItsOwnReason() {
        long conference = fixture.conferenceWithDelegates();
        long other = fixture.conferenceWithDelegates();
        Delegate an = someone(conference, "Đinh Hữu An");
        String code = codes.code(an);
        char last = code.charAt(code.length() - 1);
        String altered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        delegates.reissueCode(an.id());
        Delegate stranger = someone(other, "Đinh Hữu An");
        Delegate leaving = someone(conference, "Trương Quốc Kiên");
        String leavingCode = codes.code(leaving);
        delegates.withdraw(leaving.id(), leaving.version());

        assertThat(checkins.scan(conference, "xin chào", "Cổng 1").reason()).isEqualTo(CheckinReason.UNKNOWN);
        assertThat(checkins.scan(conference, "zzzzzz.1.AAAAAAAAAAAAAAAA", "Cổng 1").reason()).isEqualTo(CheckinReason.UNKNOWN);
        assertThat(checkins.scan(conference, altered, "Cổng 1").reason()).isEqualTo(CheckinReason.INVALID);
        assertThat(checkins.scan(conference, code, "Cổng 1").reason()).as("reissued").isEqualTo(CheckinReason.REVOKED);
        assertThat(checkins.scan(conference, leavingCode, "Cổng 1").reason()).as("withdrawn").isEqualTo(CheckinReason.REVOKED);
        CheckinResult foreign = checkins.scan(conference, codes.code(stranger), "Cổng 1");
        assertThat(foreign.reason()).isEqualTo(CheckinReason.OTHER_CONFERENCE);
        assertThat(foreign.delegate()).as("another conference's delegate is not named at this gate").isNull();
        assertThat(checkins.scan(conference, codes.code(delegates.get(an.id()).orElseThrow()), "Cổng 1").reason())
                .as("the new code works").isEqualTo(CheckinReason.OK);
    }

    @Test
    void aSubstituteChecksInInPlaceOfTheInvited() {
        long conference = fixture.conferenceWithDelegates();
        Delegate kien = someone(conference, "Trương Quốc Kiên");
        delegates.setSubstitute(kien.id(), kien.version(), "Lê Văn Thay", "Phó Chủ tịch", null);

        CheckinResult r = checkins.checkInFound(conference, kien.id(), "Cổng 1");

        assertThat(r.reason()).isEqualTo(CheckinReason.OK);
        assertThat(r.checkin().attendeeName()).isEqualTo("Lê Văn Thay");
        assertThat(r.checkin().substitute()).isTrue();
        assertThat(r.checkin().method()).isEqualTo(vn.hoinghi.checkin.CheckinMethod.SEARCH);
    }

    @Test
    void fortyGatesScanningTheSamePersonAtOnceCheckHimInOnce() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        String code = codes.code(someone(conference, "Mai Công Tâm"));
        List<Callable<CheckinReason>> scans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String gate = "Cổng " + i;
            accounts.serving("cong-" + gate, AppRoles.GATE, conference);
            scans.add(() -> runAs.role("cong-" + gate, AppRoles.GATE, () -> checkins.scan(conference, code, gate).reason()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<CheckinReason> reasons = new ArrayList<>();
        for (Future<CheckinReason> f : pool.invokeAll(scans)) {
            reasons.add(f.get());
        }
        pool.shutdown();

        assertThat(reasons).filteredOn(r -> r == CheckinReason.OK).hasSize(1);
        assertThat(reasons).filteredOn(r -> r == CheckinReason.ALREADY).hasSize(39);
        assertThat(checkins.recent(conference, null, 100)).hasSize(1);
    }

    @Test
    void aSupervisorAnnulsWithAReasonAndTheDelegateCanCheckInAgain() {
        long conference = fixture.conferenceWithDelegates();
        Delegate tam = someone(conference, "Mai Công Tâm");
        CheckinResult r = checkins.scan(conference, codes.code(tam), "Cổng 1");

        assertThatThrownBy(() -> checkins.annul(r.checkin().id(), " ")).isInstanceOf(ValidationException.class);
        checkins.annul(r.checkin().id(), "Quét nhầm thẻ của người khác");

        assertThat(delegates.get(tam.id()).orElseThrow().checkedInAt()).isNull();
        assertThat(checkins.recent(conference, null, 10).getFirst().annulReason()).isEqualTo("Quét nhầm thẻ của người khác");
        assertThat(checkins.scan(conference, codes.code(tam), "Cổng 2").reason()).isEqualTo(CheckinReason.OK);
    }

    @Test
    void aGateAccountCannotAnnul() {
        long conference = fixture.conferenceWithDelegates();
        CheckinResult r = checkins.scan(conference, codes.code(someone(conference, "Mai Công Tâm")), "Cổng 1");
        accounts.serving("cong-x", AppRoles.GATE, conference);
        assertThatThrownBy(() -> runAs.role("cong-x", AppRoles.GATE, () -> {
            checkins.annul(r.checkin().id(), "thử");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScannerDevicePostsWithItsTokenAndARepeatedRequestIsHarmless() {
        long conference = fixture.conferenceWithDelegates();
        String code = codes.code(someone(conference, "Mai Công Tâm"));
        ScannerService.Registered kiosk = scanners.register(conference, "Kiosk sảnh", "Cổng chính");

        CheckinResult first = scanners.scan(kiosk.token(), code, "req-1").orElseThrow();
        CheckinResult again = scanners.scan(kiosk.token(), code, "req-1").orElseThrow();

        assertThat(first.reason()).isEqualTo(CheckinReason.OK);
        assertThat(again.reason()).as("same request answered the same").isEqualTo(CheckinReason.OK);
        assertThat(again.checkin().id()).isEqualTo(first.checkin().id());
        assertThat(first.checkin().gate()).isEqualTo("Cổng chính");
        assertThat(scanners.scan("not-a-token", code, "req-2")).isEmpty();
        scanners.revoke(kiosk.device().id());
        assertThat(scanners.scan(kiosk.token(), code, "req-3")).isEmpty();
    }
}
