package vn.hoinghi.point;

import java.util.Map;

/**
 * How many points a filter lets through, their delegates (not withdrawn), and how many points of each kind (kinds
 * with none left out, in kind order).
 */
public record PointTotals(int points, int delegates, Map<PointKind, Integer> byKind) {
}
