package vn.hoinghi.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.point.PointSummary;

/**
 * The people at the conference as of a moment: the hall, each cluster of remote points (in the order of their first
 * point; the points in no cluster last), the remote points together and the province (the hall and every point).
 * Withdrawn points no longer join and are left out of every sum.
 */
public record ProvincePeople(Optional<PointPeople> hall, List<ClusterPeople> clusters, PeopleCount atPoints,
                             PeopleCount total, Instant at) {

    static ProvincePeople of(List<PointSummary> points, Instant at) {
        Optional<PointPeople> hall = points.stream().filter(s -> s.point().hall() && !s.point().withdrawn())
                .findFirst().map(PointPeople::of);
        Map<String, List<PointPeople>> byCluster = new LinkedHashMap<>(); // by the name folded: "Cụm 1" is "cụm 1"
        List<PointPeople> inNone = new ArrayList<>();
        points.stream().filter(s -> !s.point().hall() && !s.point().withdrawn()).map(PointPeople::of)
                .forEach(p -> (p.cluster() == null ? inNone
                        : byCluster.computeIfAbsent(SearchKey.fold(p.cluster()), c -> new ArrayList<>())).add(p));
        List<ClusterPeople> clusters = new ArrayList<>();
        byCluster.values().forEach(list -> clusters.add(ClusterPeople.of(list.getFirst().cluster(), list)));
        if (!inNone.isEmpty()) {
            clusters.add(ClusterPeople.of(null, inNone));
        }
        PeopleCount atPoints = clusters.stream().map(ClusterPeople::count).reduce(PeopleCount.NONE, PeopleCount::plus);
        PeopleCount total = hall.map(h -> h.count().plus(atPoints)).orElse(atPoints);
        return new ProvincePeople(hall, List.copyOf(clusters), atPoints, total, at);
    }

    /** The people in the hall (0 while it has none). */
    public int inHall() {
        return hall.map(PointPeople::present).orElse(0);
    }
}
