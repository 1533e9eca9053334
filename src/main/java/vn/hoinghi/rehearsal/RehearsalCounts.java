package vn.hoinghi.rehearsal;

import java.util.Collection;

/** A group of points counted by how far they got at the rehearsal. */
public record RehearsalCounts(int ready, int partly, int failed, int notReported) {

    public static RehearsalCounts of(Collection<RehearsalState> states) {
        int[] counts = new int[RehearsalState.values().length];
        states.forEach(s -> counts[s.ordinal()]++);
        return new RehearsalCounts(counts[RehearsalState.READY.ordinal()], counts[RehearsalState.PARTLY.ordinal()],
                counts[RehearsalState.FAILED.ordinal()], counts[RehearsalState.NOT_REPORTED.ordinal()]);
    }

    public int count(RehearsalState state) {
        return switch (state) {
            case READY -> ready;
            case PARTLY -> partly;
            case FAILED -> failed;
            case NOT_REPORTED -> notReported;
        };
    }

    public int points() {
        return ready + partly + failed + notReported;
    }
}
