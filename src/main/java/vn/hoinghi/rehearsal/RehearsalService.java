package vn.hoinghi.rehearsal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.rehearsal.repository.RehearsalRepository;
import vn.hoinghi.security.AppRoles;

/** The rehearsal before the day: its time, each point's checklist, and the reset of the day after it. */
@Service
@Transactional
public class RehearsalService {

    private final RehearsalRepository rehearsals;

    RehearsalService(RehearsalRepository rehearsals) {
        this.rehearsals = rehearsals;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public RehearsalPlan plan(long conferenceId) {
        return rehearsals.plan(conferenceId).orElse(RehearsalPlan.NONE);
    }

    /** The rehearsal's record: each point that ticked anything, with its ticks; a point not listed did not report. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<PointRehearsal> record(long conferenceId) {
        Map<Long, List<RehearsalTick>> byPoint = rehearsals.ticks(conferenceId).stream()
                .collect(Collectors.groupingBy(RehearsalTick::pointId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        return byPoint.entrySet().stream().map(e -> new PointRehearsal(e.getKey(), e.getValue())).toList();
    }
}
