package vn.hoinghi.point;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A group of points counted: how many in each connection state, how many silent and how many in trouble (alarming or
 * silent), and the people present against those expected.
 */
public record StateCounts(Map<ConnectionStatus, Integer> byStatus, int silent, int troubled, int points, int present,
                          int expected) {

    static StateCounts of(Collection<WallPoint> points) {
        Map<ConnectionStatus, Integer> byStatus = new EnumMap<>(ConnectionStatus.class);
        for (ConnectionStatus status : ConnectionStatus.values()) {
            byStatus.put(status, 0);
        }
        int silent = 0;
        int troubled = 0;
        int present = 0;
        int expected = 0;
        for (WallPoint p : points) {
            byStatus.merge(p.status(), 1, Integer::sum);
            silent += p.silent() ? 1 : 0;
            troubled += p.troubled() ? 1 : 0;
            present += p.summary().present();
            expected += p.summary().expectedPeople();
        }
        return new StateCounts(Collections.unmodifiableMap(byStatus), silent, troubled, points.size(), present,
                expected);
    }

    public int count(ConnectionStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
