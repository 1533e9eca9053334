package vn.hoinghi.point;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hoinghi.point.PointHeadcounts.Headcount;
import vn.hoinghi.point.repository.PointRepository;
import vn.hoinghi.point.repository.PointRepository.PointAndState;
import vn.hoinghi.unit.UnitService;

/**
 * Reads points as this feature hands them out: with their host unit's name, which the unit feature keeps (one lookup
 * per list), and for the summaries with their delegates counted by the delegate feature.
 */
@Component
class PointReader {

    private final PointRepository points;
    private final UnitService units;
    private final PointHeadcounts headcounts;

    PointReader(PointRepository points, UnitService units, PointHeadcounts headcounts) {
        this.points = points;
        this.units = units;
        this.headcounts = headcounts;
    }

    /** The hall first, then the remote points in their order. */
    List<MeetingPoint> list(long conferenceId) {
        return named(points.list(conferenceId));
    }

    Optional<MeetingPoint> get(long id) {
        return points.get(id).map(p -> named(List.of(p)).getFirst());
    }

    List<PointSummary> summaries(long conferenceId) {
        return summaries(points.withStates(conferenceId), headcounts.of(conferenceId));
    }

    /**
     * One point's summary, its delegates counted for it alone: every open desk and point screen reads it again at each
     * report of any point, so it must not read the whole conference.
     */
    Optional<PointSummary> summary(long conferenceId, long pointId) {
        return points.withState(pointId).map(row -> summaries(conferenceId, List.of(row)).getFirst());
    }

    /** These points with their states, their host units named and their delegates counted (of these points only). */
    List<PointSummary> summaries(long conferenceId, List<PointAndState> rows) {
        return summaries(rows, headcounts.of(conferenceId, rows.stream().map(r -> r.point().id()).toList()));
    }

    private List<PointSummary> summaries(List<PointAndState> rows, Map<Long, Headcount> counts) {
        Map<Long, String> hosts = hostNames(rows.stream().map(PointAndState::point).toList());
        return rows.stream().map(r -> {
            Headcount c = counts.getOrDefault(r.point().id(), Headcount.NONE);
            return new PointSummary(r.point().withHostUnitName(hosts.get(r.point().hostUnitId())), c.delegates(),
                    c.confirmed(), c.declined(), c.checkedIn(), r.state());
        }).toList();
    }

    private List<MeetingPoint> named(List<MeetingPoint> list) {
        Map<Long, String> hosts = hostNames(list);
        return list.stream().map(p -> p.withHostUnitName(hosts.get(p.hostUnitId()))).toList();
    }

    private Map<Long, String> hostNames(List<MeetingPoint> list) {
        return units.names(list.stream().map(MeetingPoint::hostUnitId).toList());
    }
}
