package vn.hoinghi.award;

import java.time.Instant;
import java.util.List;

/**
 * A conference's award settings: the quotas and the units' deadline. {@code deadline} is what was set (may be
 * null); {@code effectiveDeadline} is when units must stop: the deadline, or else the conference's start.
 */
public record AwardSettings(long conferenceId, Instant deadline, Instant effectiveDeadline, List<Quota> quotas,
                            int version) {

    /** The forms in the order they were first set. */
    public List<String> forms() {
        return quotas.stream().map(Quota::form).distinct().toList();
    }
}
