package vn.hoinghi.award;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.hoinghi.award.repository.CeremonyRepository;
import vn.hoinghi.delegate.DelegateName;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.unit.UnitService;

/**
 * Reads the ceremony's batches and recipients with what the unit and delegate features keep: the proposing units'
 * names, the presenters' and the linked delegates' names, titles and check-ins. One lookup of each per read.
 */
@Component
class CeremonyReader {

    private final CeremonyRepository ceremonies;
    private final UnitService units;
    private final DelegateService delegates;

    CeremonyReader(CeremonyRepository ceremonies, UnitService units, DelegateService delegates) {
        this.ceremonies = ceremonies;
        this.units = units;
        this.delegates = delegates;
    }

    /** Every batch with its recipients, in order. */
    List<CeremonyBatch> batches(long conferenceId) {
        return named(ceremonies.batches(conferenceId));
    }

    /** The batches with these numbers, with their recipients. */
    List<CeremonyBatch> batches(long conferenceId, List<Integer> numbers) {
        return named(ceremonies.batches(conferenceId, numbers));
    }

    Optional<CeremonyRecipient> recipient(long nominationId) {
        return ceremonies.recipient(nominationId).map(r -> names(List.of(r), List.of()).of(r));
    }

    private List<CeremonyBatch> named(List<CeremonyBatch> batches) {
        Names names = names(batches.stream().flatMap(b -> b.recipients().stream()).toList(),
                batches.stream().map(CeremonyBatch::presenterId).toList());
        return batches.stream().map(names::of).toList();
    }

    private Names names(List<CeremonyRecipient> recipients, List<Long> presenters) {
        List<Long> people = Stream.concat(recipients.stream().map(CeremonyRecipient::delegateId), presenters.stream())
                .toList();
        return new Names(units.names(recipients.stream().map(CeremonyRecipient::proposingUnitId).toList()),
                delegates.names(people));
    }

    private record Names(Map<Long, String> units, Map<Long, DelegateName> delegates) {

        CeremonyRecipient of(CeremonyRecipient r) {
            return r.named(units.get(r.proposingUnitId()), delegates.get(r.delegateId()));
        }

        CeremonyBatch of(CeremonyBatch b) {
            return b.named(delegates.get(b.presenterId()), b.recipients().stream().map(this::of).toList());
        }
    }
}
