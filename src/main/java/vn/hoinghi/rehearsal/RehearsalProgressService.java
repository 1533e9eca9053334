package vn.hoinghi.rehearsal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.ClusterRow;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointWallService;
import vn.hoinghi.rehearsal.repository.RehearsalRepository;

/**
 * The rehearsal's progress by cluster, for the wall and the committee's page: the points and clusters as the status
 * wall groups them (the hall and the withdrawn left out), each counted by rehearsal state; clusters with a failure
 * first, and within a row the failed points first.
 */
@Service
@Transactional(readOnly = true)
public class RehearsalProgressService {

    /** Worst first: what needs a technician's attention leads a row. */
    private static final List<RehearsalState> ROW_ORDER = List.of(RehearsalState.FAILED, RehearsalState.PARTLY,
            RehearsalState.NOT_REPORTED, RehearsalState.READY);

    private final PointWallService walls;
    private final RehearsalRepository rehearsals;

    RehearsalProgressService(PointWallService walls, RehearsalRepository rehearsals) {
        this.walls = walls;
        this.rehearsals = rehearsals;
    }

    @PreAuthorize(PointDayService.WALL)
    public RehearsalProgress progress(long conferenceId) {
        Map<Long, List<RehearsalTick>> ticks = rehearsals.ticks(conferenceId).stream()
                .collect(Collectors.groupingBy(RehearsalTick::pointId));
        List<RehearsalCluster> clusters = walls.wall(conferenceId).clusters().stream()
                .map(row -> cluster(row, ticks))
                .filter(c -> !c.points().isEmpty())
                .sorted(Comparator.comparing(c -> c.counts().failed() == 0))
                .toList();
        RehearsalCounts totals = RehearsalCounts.of(clusters.stream()
                .flatMap(c -> c.points().stream()).map(RehearsedPoint::state).toList());
        return new RehearsalProgress(rehearsals.plan(conferenceId).orElse(RehearsalPlan.NONE), totals, clusters);
    }

    private static RehearsalCluster cluster(ClusterRow row, Map<Long, List<RehearsalTick>> ticks) {
        List<RehearsedPoint> points = row.points().stream()
                .filter(p -> !p.point().hall())
                .map(p -> new RehearsedPoint(p.point(),
                        new PointRehearsal(p.point().id(), ticks.getOrDefault(p.point().id(), List.of()))))
                .sorted(Comparator.comparing(p -> ROW_ORDER.indexOf(p.state())))
                .toList();
        return new RehearsalCluster(row.cluster(), RehearsalCounts.of(points.stream().map(RehearsedPoint::state)
                .toList()), points);
    }
}
