package vn.hoinghi.followup;

import java.time.LocalDate;
import java.util.List;

/** A conference's tasks in order (the plan's first, then the conclusion's) and the day they are judged on. */
public record TaskBoard(long conferenceId, LocalDate today, List<FollowUpTask> tasks) {

    public List<FollowUpTask> of(TaskOrigin origin) {
        return tasks.stream().filter(t -> t.origin() == origin).toList();
    }

    /** The tasks past their deadline and not done, in order. */
    public List<FollowUpTask> overdue() {
        return tasks.stream().filter(t -> t.overdueOn(today)).toList();
    }
}
