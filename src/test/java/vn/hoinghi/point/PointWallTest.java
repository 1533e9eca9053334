package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.RunAs;

/**
 * The status wall at commune scale: the points grouped by cluster with their counts, the clusters in trouble first,
 * the points silent longer than the conference allows flagged while it runs.
 */
@IntegrationTest
class PointWallTest {

    private static final int REMOTE = 40;
    private static final int CLUSTERS = 8;

    @Autowired PointWallService walls;
    @Autowired PointDayService pointDay;
    @Autowired PointImportService importer;
    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    long conference;
    Map<String, MeetingPoint> byName;

    private <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    /** A conference that started ten minutes ago and runs three more hours, 40 communes in 8 clusters. */
    @BeforeEach
    void aConferenceUnderWayWithFortyPointsInEightClusters() {
        ConferenceDraft draft = TestData.conference(TestData.unique("Hội nghị trực tuyến toàn tỉnh"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        draft.setStartsAt(Times.local(now.minus(Duration.ofMinutes(10))));
        draft.setEndsAt(Times.local(now.plus(Duration.ofHours(3))));
        conference = committee(() -> conferences.create(draft));
        ManyPoints.load(importer, runAs, conference, REMOTE, CLUSTERS);
        byName = committee(() -> pointDay.wall(conference)).stream().map(PointSummary::point)
                .collect(Collectors.toMap(MeetingPoint::name, Function.identity()));
    }

    private void report(int point, ConnectionStatus status) {
        committee(() -> {
            pointDay.setStatus(byName.get(ManyPoints.name(point)).id(), status);
            return null;
        });
    }

    @Test
    void theClustersInTroubleComeFirstWorstFirstAndEachRowCountsItsPoints() {
        for (int i = 0; i < REMOTE; i++) {
            report(i, ConnectionStatus.LIVE_OK);
        }
        report(5, ConnectionStatus.PROBLEM);   // cluster 5
        report(10, ConnectionStatus.LOST);     // cluster 2
        report(18, ConnectionStatus.TEST_OK);  // cluster 2
        committee(() -> {
            pointDay.setHeadcount(byName.get(ManyPoints.name(10)).id(), 31);
            return null;
        });

        PointWall wall = committee(() -> walls.wall(conference));

        assertThat(wall.clusters()).extracting(ClusterRow::cluster).containsExactly(
                ManyPoints.cluster(2, CLUSTERS), ManyPoints.cluster(5, CLUSTERS), ManyPoints.cluster(0, CLUSTERS),
                ManyPoints.cluster(1, CLUSTERS), ManyPoints.cluster(3, CLUSTERS), ManyPoints.cluster(4, CLUSTERS),
                ManyPoints.cluster(6, CLUSTERS), ManyPoints.cluster(7, CLUSTERS), null);
        ClusterRow lost = wall.clusters().getFirst();
        assertThat(lost.points()).hasSize(5);
        assertThat(lost.points().getFirst().point().name()).as("the lost point first in its row")
                .isEqualTo(ManyPoints.name(10));
        assertThat(lost.counts().count(ConnectionStatus.LOST)).isEqualTo(1);
        assertThat(lost.counts().count(ConnectionStatus.TEST_OK)).isEqualTo(1);
        assertThat(lost.counts().count(ConnectionStatus.LIVE_OK)).isEqualTo(3);
        assertThat(lost.counts().troubled()).isEqualTo(1);
        assertThat(lost.counts().present()).isEqualTo(31);
        assertThat(lost.counts().expected()).isEqualTo(lost.points().stream()
                .mapToInt(p -> p.summary().expectedPeople()).sum());
        assertThat(wall.clusters().getLast().points()).extracting(WallPoint::point).extracting(MeetingPoint::hall)
                .as("the hall is in no cluster").containsExactly(true);

        StateCounts totals = wall.totals();
        assertThat(totals.points()).isEqualTo(REMOTE + 1);
        assertThat(totals.count(ConnectionStatus.LIVE_OK)).isEqualTo(REMOTE - 3);
        assertThat(totals.count(ConnectionStatus.NOT_TESTED)).as("the hall").isEqualTo(1);
        assertThat(totals.troubled()).isEqualTo(2);
        assertThat(totals.silent()).isZero();
        assertThat(wall.troubled()).extracting(p -> p.point().name())
                .containsExactly(ManyPoints.name(10), ManyPoints.name(5));
    }

    @Test
    void aPointIsSilentAfterTheConferencesMinutesWithoutAReportButOnlyWhileTheConferenceRuns() {
        Conference c = committee(() -> conferences.get(conference)).orElseThrow();
        ConferenceDraft draft = ConferenceDraft.of(c);
        draft.setPointSilenceMinutes(5);
        committee(() -> {
            conferences.update(conference, c.version(), draft);
            return null;
        });
        for (int i = 1; i < REMOTE; i++) {
            report(i, ConnectionStatus.LIVE_OK); // point 0 never reports
        }

        PointWall now = committee(() -> walls.wall(conference));
        assertThat(now.troubled()).as("ten minutes into the conference, five allowed: only the point never heard from")
                .extracting(p -> p.point().name()).containsExactly(ManyPoints.name(0));
        assertThat(now.troubled().getFirst().silent()).isTrue();
        assertThat(now.totals().silent()).isEqualTo(1);
        assertThat(now.clusters().getFirst().cluster()).isEqualTo(ManyPoints.cluster(0, CLUSTERS));

        Conference saved = committee(() -> conferences.get(conference)).orElseThrow();
        PointSilence silence = new PointSilence(saved.pointSilence(), saved.startsAt(), saved.endsAt());
        assertThat(silence.limit()).isEqualTo(Duration.ofMinutes(5));
        List<PointSummary> points = committee(() -> pointDay.wall(conference));
        Instant reported = points.stream().filter(s -> s.point().name().equals(ManyPoints.name(1))).findFirst()
                .orElseThrow().state().lastReportAt();
        assertThat(silentNames(points, silence, reported.plus(Duration.ofMinutes(4))))
                .containsExactly(ManyPoints.name(0));
        assertThat(silentNames(points, silence, reported.plus(Duration.ofMinutes(6))))
                .as("six minutes after their reports, every remote point; never the hall").hasSize(REMOTE)
                .doesNotContain(points.getFirst().point().name());
        assertThat(silentNames(points, silence, saved.startsAt().minusSeconds(60))).as("before the start").isEmpty();
        assertThat(silentNames(points, silence, saved.endsAt())).as("after the end").isEmpty();
    }

    private static List<String> silentNames(List<PointSummary> points, PointSilence silence, Instant at) {
        return PointWall.of(points, silence, at).points().stream().filter(WallPoint::silent)
                .map(p -> p.point().name()).toList();
    }
}
