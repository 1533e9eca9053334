package vn.hoinghi.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;

/**
 * The people at the new Quảng Trị's points (the hall and 78 communes in 18 clusters), added up by cluster and for
 * the province, and added up again here from each point's own figures.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-hc", roles = AppRoles.STAFF)
class PeopleAtPointsTest {

    @Autowired CommunePointsFixture fixture;
    @Autowired AttendanceService attendance;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired LiveHub hub;

    /** Everyone at a point as the committee would count it by hand: the headcount, never below the names ticked. */
    private static int presentByHand(MeetingPoint p) {
        int named = CommunePointsFixture.CHECKED_IN.getOrDefault(p.name(), 0);
        Integer reported = CommunePointsFixture.HEADCOUNTS.get(p.name());
        return reported == null ? named : Math.max(reported, named);
    }

    private static int expectedByHand(MeetingPoint p) {
        Integer named = CommunePointsFixture.CHECKED_IN.get(p.name());
        return Math.max(p.expectedAttendees(), named == null ? 0 : named + 1);
    }

    @Test
    void eachClusterAndTheProvinceAddUpTheirPointsHeadcountsAndTheNamedCheckInsOfThoseNotReported() {
        long conference = fixture.morning();
        List<MeetingPoint> all = points.list(conference);
        Map<String, List<MeetingPoint>> byHand = new LinkedHashMap<>();
        all.stream().filter(p -> !p.hall() && !p.withdrawn())
                .forEach(p -> byHand.computeIfAbsent(p.cluster(), c -> new java.util.ArrayList<>()).add(p));

        ProvincePeople people = attendance.people(conference);

        assertThat(people.clusters()).extracting(ClusterPeople::name).containsExactlyElementsOf(byHand.keySet())
                .hasSize(18).startsWith("Thành phố Đồng Hới").endsWith("Huyện Cồn Cỏ");
        for (ClusterPeople cluster : people.clusters()) {
            List<MeetingPoint> its = byHand.get(cluster.name());
            assertThat(cluster.points()).extracting(PointPeople::name)
                    .containsExactlyElementsOf(its.stream().map(MeetingPoint::name).toList());
            assertThat(cluster.count()).as(cluster.name()).extracting(PeopleCount::points, PeopleCount::reported,
                    PeopleCount::present, PeopleCount::expected).containsExactly(its.size(),
                    (int) its.stream().filter(p -> CommunePointsFixture.HEADCOUNTS.containsKey(p.name())).count(),
                    its.stream().mapToInt(PeopleAtPointsTest::presentByHand).sum(),
                    its.stream().mapToInt(PeopleAtPointsTest::expectedByHand).sum());
        }
        MeetingPoint hall = all.getFirst();
        assertThat(people.hall()).get().extracting(PointPeople::name, PointPeople::headcount, PointPeople::checkedIn,
                PointPeople::present).containsExactly("Điểm cầu Trung tâm tỉnh", 64, 3, 64);
        int atPoints = byHand.values().stream().flatMap(List::stream).mapToInt(PeopleAtPointsTest::presentByHand).sum();
        assertThat(atPoints).as("Đồng Hới 41, Đồng Thuận its 2 names, Vĩnh Linh its 2, Cồn Cỏ 12").isEqualTo(57);
        assertThat(people.atPoints()).extracting(PeopleCount::points, PeopleCount::reported, PeopleCount::notReported,
                PeopleCount::present, PeopleCount::checkedIn, PeopleCount::delegates, PeopleCount::headcounts)
                .containsExactly(77, 3, 74, atPoints, 4, 6, 41 + 1 + 12);
        assertThat(people.total()).extracting(PeopleCount::points, PeopleCount::reported, PeopleCount::present,
                PeopleCount::expected).containsExactly(78, 4, presentByHand(hall) + atPoints,
                expectedByHand(hall) + byHand.values().stream().flatMap(List::stream)
                        .mapToInt(PeopleAtPointsTest::expectedByHand).sum());
        assertThat(people.inHall()).isEqualTo(64);

        ClusterPeople dongHoi = people.clusters().getFirst();
        PointPeople reported = dongHoi.points().getFirst();
        assertThat(reported).extracting(PointPeople::headcount, PointPeople::headcountBy, PointPeople::reported)
                .containsExactly(41, "bantochuc-hc", true);
        assertThat(reported.headcountAt()).isNotNull();
        assertThat(dongHoi.points()).extracting(PointPeople::name).doesNotContain(CommunePointsFixture.WITHDRAWN);
        PointPeople fewer = dongHoi.points().get(1);
        assertThat(fewer).as("a headcount below the names ticked counts the names")
                .extracting(PointPeople::name, PointPeople::headcount, PointPeople::present)
                .containsExactly("Điểm cầu phường Đồng Thuận", 1, 2);
    }

    @Test
    void aCorrectedHeadcountReplacesTheOneBeforeAndWakesTheAttendanceBoard() throws Exception {
        long conference = fixture.morning();
        MeetingPoint conCo = fixture.byName(conference).get("Điểm cầu đặc khu Cồn Cỏ");
        CountDownLatch woken = new CountDownLatch(1);
        try (LiveHub.Subscription s = hub.subscribe(conference, java.util.Set.of(LiveTopic.POINTS), woken::countDown)) {
            pointDay.setHeadcount(conCo.id(), 15);
            assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
        }
        ProvincePeople people = attendance.people(conference);
        assertThat(people.clusters().getLast().count()).extracting(PeopleCount::present, PeopleCount::reported)
                .containsExactly(15, 1);
        assertThat(people.atPoints().present()).isEqualTo(57 - 12 + 15);
        AttendanceBoard board = attendance.board(conference);
        assertThat(board.people().total()).isEqualTo(people.total());
        assertThat(board.othersPresent()).as("the MC's \"cùng … đại biểu\": everyone counted, no leader read out")
                .isEqualTo(people.total().present());
    }
}
