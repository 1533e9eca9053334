package vn.hoinghi.attendance;

import java.util.List;

/** A cluster ("cụm") of remote points with its points in their order and their sum; a null name: points in none. */
public record ClusterPeople(String name, List<PointPeople> points, PeopleCount count) {

    static ClusterPeople of(String name, List<PointPeople> points) {
        return new ClusterPeople(name, List.copyOf(points),
                points.stream().map(PointPeople::count).reduce(PeopleCount.NONE, PeopleCount::plus));
    }
}
