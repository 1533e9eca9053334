package vn.hoinghi.delegate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.point.PointName;
import vn.hoinghi.point.PointService;
import vn.hoinghi.unit.UnitService;

/**
 * Reads delegates with the names of their unit and point, which the unit and point features keep (and remember): one
 * lookup of each per list read, never one per delegate (decision 018). Every read of delegates this feature hands out
 * goes here.
 */
@Component
class DelegateReader {

    private final DelegateRepository delegates;
    private final UnitService units;
    private final PointService points;

    DelegateReader(DelegateRepository delegates, UnitService units, PointService points) {
        this.delegates = delegates;
        this.units = units;
        this.points = points;
    }

    List<Delegate> page(long conferenceId, DelegateFilter filter, int offset, int limit) {
        return placed(delegates.page(conferenceId, filter, offset, limit));
    }

    List<Delegate> all(long conferenceId, DelegateFilter filter) {
        return placed(delegates.all(conferenceId, filter));
    }

    Optional<Delegate> get(long id) {
        return delegates.get(id).map(d -> placed(List.of(d)).getFirst());
    }

    /** A scanner's group of codes, in one query (the names mostly come from memory). */
    List<Delegate> getAll(Collection<Long> ids) {
        return placed(delegates.getAll(ids));
    }

    /** The delegates with a protocol rank still on the list, in rank order. */
    List<Delegate> leaders(long conferenceId) {
        return placed(delegates.leaders(conferenceId));
    }

    /** Every delegate of the conference, withdrawn ones too: what an import matches against. */
    List<Delegate> everyone(long conferenceId) {
        return placed(delegates.everyone(conferenceId));
    }

    private List<Delegate> placed(List<Delegate> list) {
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, String> unitNames = units.names(list.stream().map(Delegate::unitId).toList());
        Map<Long, PointName> pointNames = points.names(list.stream().map(Delegate::pointId).toList());
        return list.stream().map(d -> {
            PointName point = pointNames.get(d.pointId());
            return d.withPlaces(unitNames.get(d.unitId()), point.name(), point.hall());
        }).toList();
    }
}
