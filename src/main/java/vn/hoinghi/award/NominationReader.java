package vn.hoinghi.award;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.unit.UnitService;

/**
 * Reads nominations with their proposing unit named by the unit feature, one lookup per list. Every read of
 * nominations this feature hands out or words a message with goes here.
 */
@Component
class NominationReader {

    private final NominationRepository nominations;
    private final UnitService units;

    NominationReader(NominationRepository nominations, UnitService units) {
        this.nominations = nominations;
        this.units = units;
    }

    /** In their stable order; {@code unitId} narrows to one proposing unit (a unit's own page). */
    List<Nomination> find(long conferenceId, NominationFilter filter, Long unitId) {
        return named(nominations.find(conferenceId, filter, unitId));
    }

    Optional<Nomination> get(long id) {
        return nominations.get(id).map(n -> named(List.of(n)).getFirst());
    }

    /** These nominations by id; an id of none is left out. */
    Map<Long, Nomination> get(Collection<Long> ids) {
        return named(nominations.byIds(ids)).stream().collect(Collectors.toMap(Nomination::id, n -> n));
    }

    List<Nomination> ofDecision(long decisionId) {
        return named(nominations.ofDecision(decisionId));
    }

    private List<Nomination> named(List<Nomination> list) {
        Map<Long, String> names = units.names(list.stream().map(Nomination::proposingUnitId).toList());
        return list.stream().map(n -> n.withProposingUnitName(names.get(n.proposingUnitId()))).toList();
    }
}
