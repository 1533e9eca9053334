package vn.hoinghi.followup;

import java.time.LocalDate;

/**
 * What the committee enters for a task. The cooperating units are the notice's own words ("các sở, ngành có
 * liên quan"), not a list of directory units. A null status means "not started"; a task marked done without a
 * date is done today.
 */
public record TaskDraft(TaskOrigin origin, String content, Long leadUnitId, String cooperating, LocalDate deadline,
                        TaskStatus status, LocalDate doneOn, String resultNote) {

    /** A new task, not started. */
    public static TaskDraft of(TaskOrigin origin, String content, Long leadUnitId, String cooperating, LocalDate deadline) {
        return new TaskDraft(origin, content, leadUnitId, cooperating, deadline, TaskStatus.NOT_STARTED, null, null);
    }
}
