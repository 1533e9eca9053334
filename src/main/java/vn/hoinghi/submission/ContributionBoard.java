package vn.hoinghi.submission;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A conference's contributions in their order and the day overdue is judged on. */
public record ContributionBoard(long conferenceId, LocalDate today, List<Contribution> contributions) {

    public List<Contribution> overdue() {
        return contributions.stream().filter(c -> c.overdueOn(today)).toList();
    }

    public Map<ContributionStatus, Long> counts() {
        Map<ContributionStatus, Long> counts = new EnumMap<>(ContributionStatus.class);
        for (ContributionStatus s : ContributionStatus.values()) {
            counts.put(s, contributions.stream().filter(c -> c.status() == s).count());
        }
        return counts;
    }
}
