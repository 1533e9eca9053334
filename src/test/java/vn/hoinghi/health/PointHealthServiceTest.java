package vn.hoinghi.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinResult;

/** The health declaration at a remote point's desk, asked by its coordinator of the point's own delegates. */
@IntegrationTest
class PointHealthServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired HealthSettingsService settings;
    @Autowired HealthDeclarationService health;
    @Autowired PointHealthService pointHealth;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    long conference;
    long mine;
    long theirs;
    String coordinator;

    @BeforeEach
    void aPointWithItsCoordinatorAndTheDeclarationOn() {
        conference = runAs.committee("bantochuc-yte", () -> {
            long id = fixture.conferenceWithDelegates();
            settings.save(id, 0, true, HealthSettings.DEFAULT_QUESTIONS);
            return id;
        });
        List<PointSummary> remote = runAs.committee("bantochuc-yte", () -> points.summaries(conference)).stream()
                .filter(s -> !s.point().hall() && s.delegates() > 1).toList();
        mine = remote.get(0).point().id();
        theirs = remote.get(1).point().id();
        coordinator = accounts.ensure("diemcau-yte-" + conference, AppRoles.POINT);
        runAs.committee("bantochuc-yte", () -> {
            pointDay.assign(mine, pointDay.candidates().stream().filter(c -> c.username().equals(coordinator))
                    .findFirst().orElseThrow().accountId());
            return null;
        });
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return runAs.role(coordinator, AppRoles.POINT, work);
    }

    private List<Delegate> delegatesOf(long point) {
        return runAs.committee("bantochuc-yte", () -> delegates.atPoint(point));
    }

    @Test
    void allNoChecksInAtThePointAndAYesSendsToTheMedicalDesk() {
        Delegate first = delegatesOf(mine).get(0);
        Delegate second = delegatesOf(mine).get(1);

        HealthStep step = asCoordinator(() -> pointHealth.beforeScan(mine, codes.code(first)));
        assertThat(step).isInstanceOf(HealthStep.Ask.class);
        CheckinResult ok = asCoordinator(() -> pointHealth.declare(mine, (HealthStep.Ask) step, List.of(false, false, false)));
        assertThat(ok.reason()).isEqualTo(CheckinReason.OK);
        assertThat(ok.checkin().gate()).isEqualTo(ok.delegate().pointName());

        HealthStep ticked = asCoordinator(() -> pointHealth.beforeTick(mine, second.id()));
        CheckinResult referred = asCoordinator(() -> pointHealth.declare(mine, (HealthStep.Ask) ticked, List.of(false, true, false)));
        assertThat(referred.reason()).isEqualTo(CheckinReason.REFER_MEDICAL);
        assertThat(runAs.committee("bantochuc-yte", () -> delegates.get(second.id()).orElseThrow().checkedInAt())).isNull();
        assertThat(asCoordinator(() -> pointHealth.beforeTick(mine, second.id()))).isInstanceOf(HealthStep.Referred.class);

        List<HealthDeclaration> stored = runAs.committee("bantochuc-yte", () -> health.list(conference));
        assertThat(stored).hasSize(2).allMatch(d -> d.gate().equals(first.pointName()));
    }

    @Test
    void anotherPointsDelegateIsNotAskedAndAnotherPointsDeskIsRefused() {
        Delegate elsewhere = delegatesOf(theirs).getFirst();

        assertThat(asCoordinator(() -> pointHealth.beforeScan(mine, codes.code(elsewhere))))
                .isInstanceOf(HealthStep.NotNeeded.class);
        assertThat(asCoordinator(() -> pointHealth.beforeTick(mine, elsewhere.id()))).isInstanceOf(HealthStep.NotNeeded.class);
        assertThatThrownBy(() -> asCoordinator(() -> pointHealth.beforeTick(theirs, elsewhere.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
