package vn.hoinghi.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hoinghi.point.PointName;
import vn.hoinghi.point.PointService;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.unit.UnitService;

/**
 * Reads contributions with their unit and speaking point named by the unit and point features, one lookup of each
 * per list. Every read of contributions this feature hands out goes here.
 */
@Component
class ContributionReader {

    private final ContributionRepository contributions;
    private final UnitService units;
    private final PointService points;

    ContributionReader(ContributionRepository contributions, UnitService units, PointService points) {
        this.contributions = contributions;
        this.units = units;
        this.points = points;
    }

    /** The conference's contributions in order; only one unit's when {@code unitId} is given. */
    List<Contribution> list(long conferenceId, Long unitId) {
        return named(contributions.list(conferenceId, unitId));
    }

    Optional<Contribution> get(long id) {
        return contributions.get(id).map(c -> named(List.of(c)).getFirst());
    }

    private List<Contribution> named(List<Contribution> list) {
        Map<Long, String> unitNames = units.names(list.stream().map(Contribution::unitId).toList());
        Map<Long, PointName> pointNames = points.names(list.stream().map(Contribution::speaksFromPointId).toList());
        return list.stream().map(c -> c.named(unitNames.get(c.unitId()),
                c.speaksFromPointId() == null ? null : pointNames.get(c.speaksFromPointId()).name())).toList();
    }
}
