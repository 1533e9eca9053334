package vn.hoinghi.unit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.unit.repository.UnitRepository;

/**
 * The one rule of units and provinces (decision 034): a conference's units are those whose province is the
 * conference's own province text, and a unit of another province is refused wherever a page hands a unit id to a
 * service for a conference. Not a service of its own: {@link UnitService} and {@link UnitChoices} ask it.
 */
@Component
class UnitProvinces {

    private final UnitRepository units;
    private final ConferenceService conferences;

    UnitProvinces(UnitRepository units, ConferenceService conferences) {
        this.units = units;
        this.conferences = conferences;
    }

    /** The conference's province as units carry it: its text cleaned, "" if it has none. */
    String of(long conferenceId) {
        return of(conferences.get(conferenceId).orElseThrow(
                () -> new IllegalArgumentException(Texts.t("conference.notFound"))));
    }

    static String of(Conference conference) {
        return Objects.requireNonNullElse(SearchKey.clean(conference.province()), "");
    }

    /** The provinces of the conferences this user may open and of the units, in alphabetical order, without "". */
    List<String> known() {
        return Stream.concat(conferences.list().stream().map(UnitProvinces::of), units.provinces().stream())
                .filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparing(SearchKey::fold).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** Why this unit may not serve a conference of that province; empty when it may. */
    Optional<String> refusal(String province, long unitId) {
        Optional<Unit> unit = units.get(unitId);
        if (unit.isEmpty()) {
            return Optional.of(Texts.t("unit.unknown"));
        }
        if (unit.get().province().equals(province)) {
            return Optional.empty();
        }
        return Optional.of(Texts.t("unit.otherProvince", unit.get().name(), shown(unit.get().province()), shown(province)));
    }

    /** Why this unit may not serve these conferences (each must be of its province); empty when it may. */
    Optional<String> refusal(long unitId, Collection<Long> conferenceIds) {
        return conferenceIds.stream().map(this::of).distinct().map(p -> refusal(p, unitId))
                .flatMap(Optional::stream).findFirst();
    }

    static String shown(String province) {
        return province.isEmpty() ? Texts.t("unit.noProvince") : province;
    }
}
