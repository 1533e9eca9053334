package vn.hoinghi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.QuotaLine;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.unit.UnitLevel;
import vn.hoinghi.unit.UnitService;
import vn.hoinghi.award.Quota;
import vn.hoinghi.award.RecipientType;

@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "quantri-demo", roles = AppRoles.ADMIN)
class DemoConferenceLoaderTest {

    @Autowired DemoConferenceLoader loader;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired DelegateService delegates;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired TestAccounts accounts;
    @Autowired QuotaService quotas;
    @Autowired NominationService nominations;
    @Autowired AccountService accountService;

    @Test
    void theQuangTriPlanBecomesAConferenceWithItsFactsAndUnits() {
        var loaded = loader.load();

        Conference c = conferences.get(loaded.conferenceId()).orElseThrow();
        assertThat(c.title()).isEqualTo("Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        assertThat(c.organizer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
        assertThat(c.venue()).isEqualTo("Hội trường UBND tỉnh");
        assertThat(c.format()).isEqualTo(ConferenceFormat.HYBRID);
        assertThat(Times.local(c.startsAt())).isEqualTo(LocalDateTime.of(2021, 10, 29, 7, 30));
        assertThat(c.expectedHallDelegates()).isEqualTo(100);
        assertThat(quotas.settings(c.id()).quotas()).extracting(Quota::form, Quota::type, Quota::quota).containsExactly(
                tuple("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.COLLECTIVE, 45),
                tuple("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.INDIVIDUAL, 152));
        assertThat(c.signerName()).isEqualTo("Hoàng Nam");
        assertThat(loaded.units()).isEqualTo(62);
        assertThat(delegates.count(c.id(), DelegateFilter.all())).isEqualTo(173);
        assertThat(points.list(c.id())).hasSize(11);
        assertThat(units.find(c.id(), "ubnd huyen huong hoa")).singleElement()
                .satisfies(u -> assertThat(u.level()).isEqualTo(UnitLevel.DISTRICT));
    }

    @Test
    void theDevProfilesCoordinatorAccountGetsTheFirstRemotePoint() {
        accounts.ensure(DemoConferenceLoader.DEMO_COORDINATOR, AppRoles.POINT);
        var loaded = loader.load();

        var firstRemote = points.list(loaded.conferenceId()).stream().filter(p -> !p.hall()).findFirst().orElseThrow();
        assertThat(pointDay.coordinators(loaded.conferenceId()))
                .filteredOn(c -> c.username().equals(DemoConferenceLoader.DEMO_COORDINATOR))
                .singleElement().satisfies(c -> assertThat(c.pointId()).isEqualTo(firstRemote.id()));
        assertThat(firstRemote.name()).isEqualTo("Điểm cầu UBND thành phố Đông Hà");
    }

    @Test
    void theDemoHasThePlansAwardQuotaAndThe206ProposalsAndTheUnitAccountSpeaksForTheHealthDepartment() {
        accounts.ensure(AwardDemo.DEMO_UNIT_ACCOUNT, AppRoles.UNIT);
        var loaded = loader.load();

        assertThat(quotas.summary(loaded.conferenceId())).extracting(l -> l.quota().form(), l -> l.quota().quota(),
                        QuotaLine::proposed)
                .containsExactly(tuple("Bằng khen của Chủ tịch UBND tỉnh", 45, 48),
                        tuple("Bằng khen của Chủ tịch UBND tỉnh", 152, 158));
        assertThat(Times.local(quotas.settings(loaded.conferenceId()).deadline()))
                .isEqualTo(LocalDateTime.of(2021, 10, 26, 23, 59));
        assertThat(nominations.list(loaded.conferenceId(), NominationFilter.ALL)).hasSize(206);
        long health = units.find(loaded.conferenceId(), "Sở Y tế").getFirst().id();
        assertThat(accountService.list()).filteredOn(a -> a.username().equals(AwardDemo.DEMO_UNIT_ACCOUNT))
                .singleElement().satisfies(a -> assertThat(a.unitId()).isEqualTo(health));

        loader.load();
        assertThat(nominations.list(loaded.conferenceId(), NominationFilter.ALL)).as("loaded once").hasSize(206);
    }

    @Test
    void loadingTwiceDoesNotMakeASecondConference() {
        var first = loader.load();
        int count = conferences.list().size();
        var second = loader.load();

        assertThat(second.conferenceId()).isEqualTo(first.conferenceId());
        assertThat(second.alreadyThere()).isTrue();
        assertThat(second.delegatesAdded()).isZero();
        assertThat(delegates.count(first.conferenceId(), DelegateFilter.all())).isEqualTo(173);
        assertThat(conferences.list()).hasSize(count);
    }
}
