package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.unit.Unit;

/**
 * Puts the decided recipients in ceremony order and cuts them into batches of at most {@code size}. A batch never
 * spans two award forms, nor (for the "collectives first" rules) collectives and individuals: the screen's heading
 * stays true for the whole batch.
 */
final class CeremonyPlanner {

    private CeremonyPlanner() {
    }

    static List<List<Nomination>> batches(List<Nomination> recipients, CeremonyOrder order, int size,
                                          List<String> formOrder, Map<Long, Unit> units) {
        List<Nomination> sorted = new ArrayList<>(recipients);
        sorted.sort(order(order, formOrder, units));
        List<List<Nomination>> batches = new ArrayList<>();
        List<Nomination> batch = new ArrayList<>();
        for (Nomination n : sorted) {
            if (!batch.isEmpty() && (batch.size() >= size || !sameGroup(batch.getFirst(), n, order))) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
            batch.add(n);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static boolean sameGroup(Nomination a, Nomination b, CeremonyOrder order) {
        return a.form().equals(b.form()) && (!order.typesApart || a.type() == b.type());
    }

    static Comparator<Nomination> order(CeremonyOrder order, List<String> formOrder, Map<Long, Unit> units) {
        Comparator<Nomination> byForm = Comparator.comparingInt(n -> {
            int i = formOrder.indexOf(n.form());
            return i < 0 ? Integer.MAX_VALUE : i;
        });
        byForm = byForm.thenComparing(Nomination::form);
        Comparator<Nomination> byType = Comparator.comparing(Nomination::type);
        Comparator<Nomination> byUnit = Comparator.comparing((Nomination n) -> unitRank(units.get(n.proposingUnitId())))
                .thenComparing(n -> SearchKey.fold(n.proposingUnitName())).thenComparingLong(Nomination::proposingUnitId);
        Comparator<Nomination> c = switch (order) {
            case COLLECTIVES_FIRST_BY_UNIT -> byForm.thenComparing(byType).thenComparing(byUnit);
            case COLLECTIVES_FIRST_AS_LISTED -> byForm.thenComparing(byType);
            case BY_UNIT -> byForm.thenComparing(byUnit).thenComparing(byType);
        };
        return c.thenComparingInt(Nomination::position);
    }

    /** Central and provincial units before districts and communes. */
    private static int unitRank(Unit unit) {
        if (unit == null || unit.level() == null) {
            return 9;
        }
        return Objects.requireNonNull(unit.level()).ordinal();
    }
}
