package vn.hoinghi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** The commune-scale demo: the 2025 sheet's 79 points, named people at each of them, a programme from the communes. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "quantri-demo", roles = AppRoles.ADMIN)
class CommuneDemoLoaderTest {

    @Autowired CommuneDemoLoader loader;
    @Autowired ConferenceService conferences;
    @Autowired PointService points;
    @Autowired DelegateService delegates;
    @Autowired AgendaService agenda;
    @Autowired RehearsalService rehearsal;
    @Autowired DutyService duty;
    @Autowired vn.hoinghi.handout.HandoutService handouts;

    @Test
    void theReviewConferenceHasTheHallAndTheSeventyEightCommunesInTheirEighteenClusters() {
        long id = loader.load().conferenceId();

        Conference c = conferences.get(id).orElseThrow();
        assertThat(c.title()).isEqualTo("Hội nghị sơ kết 6 tháng vận hành chính quyền địa phương hai cấp năm 2025");
        assertThat(c.venue()).isEqualTo("Hội trường UBND tỉnh Quảng Trị");
        assertThat(Times.local(c.startsAt())).isEqualTo(LocalDateTime.of(2026, 1, 9, 7, 30));
        List<MeetingPoint> all = points.list(id);
        assertThat(all).hasSize(79);
        assertThat(all.stream().filter(MeetingPoint::hall)).singleElement()
                .satisfies(h -> assertThat(h.cluster()).isNull());
        assertThat(all.stream().map(MeetingPoint::cluster).filter(cl -> cl != null).distinct()).hasSize(18);
        assertThat(loader.loadedId()).contains(id);
    }

    @Test
    void everyCommuneHasItsSecretaryChairmanAndViceChairmanAtItsPointAndTheLeadersAreInTheHallByRank() {
        long id = loader.load().conferenceId();

        List<Delegate> everyone = delegates.list(id, DelegateFilter.all());
        Map<Long, List<Delegate>> byPoint = everyone.stream().collect(Collectors.groupingBy(Delegate::pointId));
        for (MeetingPoint p : points.list(id)) {
            if (p.hall()) {
                continue;
            }
            String commune = p.hostUnitName().replaceFirst("^UBND ", "");
            assertThat(byPoint.get(p.id())).as(p.name()).extracting(Delegate::title).containsExactlyInAnyOrder(
                    "Bí thư Đảng ủy " + commune, "Chủ tịch UBND " + commune, "Phó Chủ tịch UBND " + commune);
        }
        List<Delegate> leaders = delegates.leaders(id);
        assertThat(leaders).hasSizeGreaterThanOrEqualTo(24).allSatisfy(d -> assertThat(d.atHall()).isTrue());
        assertThat(leaders.getFirst().title()).isEqualTo("Bí thư Tỉnh ủy");
        assertThat(everyone).hasSize(78 * 3 + CommuneDemoDelegates.hallCount());
        assertThat(everyone.stream().map(Delegate::fullName).distinct()).as("no name twice").hasSize(everyone.size());
        assertThat(delegates.groups(id)).extracting(CompositionGroup::name).containsExactly("Lãnh đạo tỉnh",
                "Lãnh đạo các cơ quan, đơn vị cấp tỉnh", "Cơ quan báo chí", "Lãnh đạo xã, phường, đặc khu");
    }

    @Test
    void theProgrammeHasAVideoReportAndFourContributionsSpokenFromCommunePointsByTheirChairmen() {
        long id = loader.load().conferenceId();

        List<AgendaItem> items = agenda.agenda(id).slots().stream().map(AgendaSlot::item).toList();
        assertThat(items).extracting(AgendaItem::kind).containsExactly(AgendaKind.CEREMONY, AgendaKind.SPEECH,
                AgendaKind.REPORT, AgendaKind.PERFORMANCE, AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION,
                AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION, AgendaKind.DISCUSSION, AgendaKind.SPEECH,
                AgendaKind.CLOSING);
        assertThat(items).filteredOn(i -> i.kind().takesFloorRequests()).as("the points may ask to speak").hasSize(1);
        Map<Long, Delegate> byId = delegates.list(id, DelegateFilter.all()).stream()
                .collect(Collectors.toMap(Delegate::id, Function.identity()));
        assertThat(items).filteredOn(i -> i.kind() == AgendaKind.CONTRIBUTION).hasSize(4).allSatisfy(i -> {
            assertThat(i.pointId()).isNotNull();
            Delegate presenter = byId.get(i.presenterDelegateId());
            assertThat(presenter.pointId()).isEqualTo(i.pointId());
            assertThat(presenter.title()).startsWith("Chủ tịch UBND");
        });
        assertThat(items).extracting(AgendaItem::pointName).contains("Điểm cầu đặc khu Cồn Cỏ");
    }

    @Test
    void theRehearsalIsTheAfternoonBeforeAndEveryPointHasATechnicianOnDuty() {
        long id = loader.load().conferenceId();

        Conference c = conferences.get(id).orElseThrow();
        assertThat(rehearsal.plan(id).startsAt()).isEqualTo(Times.fromLocal(Times.local(c.startsAt()).toLocalDate()
                .minusDays(1).atTime(14, 0)));
        List<ClusterDuty> roster = duty.roster(id);
        assertThat(roster).filteredOn(ClusterDuty::staffed).extracting(ClusterDuty::cluster)
                .contains(ClusterDuty.DEFAULT, "Thành phố Đông Hà", "Thành phố Đồng Hới");
        assertThat(points.list(id).stream().map(MeetingPoint::cluster).filter(cl -> cl != null).distinct())
                .as("every duty row is a cluster of the points").contains("Thành phố Đông Hà", "Thành phố Đồng Hới");
    }

    @Test
    void theDelegatesFindTheProgrammePublishedToAllOnTheirPage() {
        long id = loader.load().conferenceId();

        assertThat(handouts.list(id)).singleElement().satisfies(h -> {
            assertThat(h.title()).isEqualTo("Chương trình hội nghị");
            assertThat(h.kind()).isEqualTo(vn.hoinghi.handout.HandoutKind.PROGRAMME);
            assertThat(h.published()).isTrue();
        });
    }

    @Test
    void loadingTwiceKeepsOneConferenceAndChangesNothing() {
        var first = loader.load();
        int conferencesBefore = conferences.list().size();
        int delegatesBefore = delegates.count(first.conferenceId(), DelegateFilter.all());

        var second = loader.load();

        assertThat(second.conferenceId()).isEqualTo(first.conferenceId());
        assertThat(second.alreadyThere()).isTrue();
        assertThat(conferences.list()).hasSize(conferencesBefore);
        assertThat(delegates.count(first.conferenceId(), DelegateFilter.all())).isEqualTo(delegatesBefore);
        assertThat(points.list(first.conferenceId())).hasSize(79);
        assertThat(agenda.agenda(first.conferenceId()).slots()).hasSize(11);
    }
}
