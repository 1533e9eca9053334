package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * The points page at commune scale: 250 points in 12 clusters, paged and filtered in the database by cluster (or none),
 * kind (stored or read from the name), connection and standing, and searched without diacritics by name, host unit,
 * technician and phone; the counts follow the filter.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointSearchTest {

    static final int REMOTE = 249;

    @Autowired PointService points;
    @Autowired PointSearch search;
    @Autowired PointBulkService bulk;
    @Autowired PointDayService pointDay;
    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    long conference;
    final List<Long> ids = new ArrayList<>();

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc-250", work);
    }

    /** Point i: cluster "Cụm (i % 12 + 1)" but every 25th has none; a ward (stored), a commune (read), a zone. */
    static PointDraft draft(int i) {
        String cluster = i % 25 == 0 ? null : "Cụm " + (i % 12 + 1);
        return switch (i % 3) {
            case 0 -> new PointDraft("Điểm cầu phường Số " + i, null, "Hội trường", null, null, 20, null, cluster,
                    PointKind.WARD, null);
            case 1 -> new PointDraft("Điểm cầu xã Số " + i, "UBND xã Số " + i, null, null, null, 15, null, cluster,
                    null, null);
            default -> new PointDraft("Điểm cầu Điểm Số " + i, null, null, null, null, 10, null, cluster,
                    PointKind.SPECIAL_ZONE, null);
        };
    }

    @BeforeAll
    void aConferenceOf250Points() {
        conference = committee(() -> conferences.create(TestData.conference(TestData.unique("Hội nghị 250 điểm"))));
        committee(() -> {
            points.hall(conference);
            IntStream.rangeClosed(1, REMOTE - 1).forEach(i -> ids.add(points.create(conference, draft(i))));
            ids.add(points.create(conference, new PointDraft("Điểm cầu phường Đồng Hới", "Trung tâm Văn hóa Nhật Lệ",
                    "Hội trường phường", "Trần Thị Ánh Nguyệt", "0912 345 678", 40, null, "Cụm Đồng Hới", null, null)));
            return null;
        });
    }

    private int count(PointFilter f) {
        return committee(() -> search.count(conference, f));
    }

    private List<PointSummary> all(PointFilter f) {
        return committee(() -> search.page(conference, f, 0, 1000));
    }

    private static PointFilter cluster(String name) {
        return new PointFilter(null, name, false, null, null, null);
    }

    private static PointFilter searching(String text) {
        return new PointFilter(text, null, false, null, null, null);
    }

    @Test
    void pagesCoverEveryPointOnceTheHallFirstAndTheCountIsRight() {
        assertThat(count(PointFilter.all())).isEqualTo(250);
        List<PointSummary> seen = new ArrayList<>();
        for (int offset = 0; offset < 250; offset += 50) {
            int from = offset;
            List<PointSummary> page = committee(() -> search.page(conference, PointFilter.all(), from, 50));
            assertThat(page).hasSize(50);
            seen.addAll(page);
        }
        assertThat(committee(() -> search.page(conference, PointFilter.all(), 250, 50))).isEmpty();
        assertThat(seen).extracting(s -> s.point().id()).doesNotHaveDuplicates().hasSize(250);
        assertThat(seen.getFirst().point().hall()).isTrue();
        assertThat(seen.get(1).point().name()).isEqualTo("Điểm cầu xã Số 1");
    }

    @Test
    void aClusterANoClusterAndTheClustersOffered() {
        long inCluster3 = IntStream.rangeClosed(1, REMOTE - 1).filter(i -> i % 25 != 0 && i % 12 + 1 == 3).count();
        assertThat(count(cluster("Cụm 3"))).isEqualTo((int) inCluster3);
        assertThat(all(cluster("Cụm 3"))).allMatch(s -> "Cụm 3".equals(s.point().cluster()));
        // The hall and every 25th point have no cluster.
        assertThat(count(new PointFilter(null, null, true, null, null, null))).isEqualTo(1 + (REMOTE - 1) / 25);
        assertThat(committee(() -> search.clusters(conference))).hasSize(13).contains("Cụm 1", "Cụm 12",
                "Cụm Đồng Hới");
    }

    @Test
    void aKindStoredOrReadFromTheNameAndTheTotalsByKindFollowTheFilter() {
        PointFilter communes = new PointFilter(null, null, false, PointKind.COMMUNE, null, null);
        assertThat(count(communes)).as("kind not stored: read from \"xã\" in the name").isEqualTo(83);
        PointTotals all = committee(() -> search.totals(conference, PointFilter.all()));
        assertThat(all.points()).isEqualTo(250);
        assertThat(all.byKind()).containsEntry(PointKind.HALL, 1).containsEntry(PointKind.COMMUNE, 83)
                .containsEntry(PointKind.WARD, 82 + 1).containsEntry(PointKind.SPECIAL_ZONE, 83);
        PointTotals wardsOf3 = committee(() -> search.totals(conference,
                new PointFilter(null, "Cụm 4", false, PointKind.WARD, null, null)));
        assertThat(wardsOf3.byKind()).containsOnlyKeys(PointKind.WARD);
        assertThat(wardsOf3.points()).isEqualTo(count(new PointFilter(null, "Cụm 4", false, PointKind.WARD, null, null)))
                .isPositive();
    }

    @Test
    void searchedWithoutDiacriticsByNameHostUnitTechnicianAndPhone() {
        for (String text : List.of("dong hoi", "ĐỒNG HỚI", "Điểm cầu Đồng Hới", "nhat le", "anh nguyet", "345 678")) {
            assertThat(all(searching(text))).as(text).extracting(s -> s.point().name())
                    .containsExactly("Điểm cầu phường Đồng Hới");
        }
        assertThat(all(searching("xa so 16"))).extracting(s -> s.point().name()).containsExactly(
                "Điểm cầu xã Số 16", "Điểm cầu xã Số 160", "Điểm cầu xã Số 163", "Điểm cầu xã Số 166",
                "Điểm cầu xã Số 169");
        assertThat(count(searching("100% không có"))).isZero();
    }

    @Test
    void theConnectionAndTheStandingFilter() {
        long lost = ids.get(10);
        long gone = ids.get(20);
        committee(() -> {
            pointDay.setStatus(lost, ConnectionStatus.LOST);
            bulk.withdraw(conference, List.of(gone));
            return null;
        });
        assertThat(all(new PointFilter(null, null, false, null, ConnectionStatus.LOST, null)))
                .extracting(s -> s.point().id()).containsExactly(lost);
        assertThat(all(new PointFilter(null, null, false, null, null, true))).extracting(s -> s.point().id())
                .containsExactly(gone);
        assertThat(count(new PointFilter(null, null, false, null, null, false))).isEqualTo(249);
        committee(() -> bulk.restore(conference, List.of(gone)));
    }

    @Test
    void onlyTheCommitteeListsThePoints() {
        assertThatThrownBy(() -> runAs.role("mc-250", AppRoles.MC, () -> search.count(conference, PointFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
