package vn.hoinghi.rehearsal;

import java.time.Instant;

/** When the rehearsal is, and when (and by whom) the day's state was reset after it; null while not set or not done. */
public record RehearsalPlan(Instant startsAt, Instant dayResetAt, String dayResetBy) {

    public static final RehearsalPlan NONE = new RehearsalPlan(null, null, null);
}
