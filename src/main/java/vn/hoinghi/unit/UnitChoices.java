package vn.hoinghi.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.UnitDirectory;
import vn.hoinghi.unit.repository.UnitRepository;

/** The directory's units as the accounts page offers them for a unit's representative. */
@Component
class UnitChoices implements UnitDirectory {

    private final UnitRepository units;
    private final UnitProvinces provinces;

    UnitChoices(UnitRepository units, UnitProvinces provinces) {
        this.units = units;
        this.provinces = provinces;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> units() {
        return choices(units.find(null, null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> unitsFor(Collection<Long> conferenceIds) {
        if (conferenceIds.isEmpty()) {
            return units();
        }
        Set<String> served = conferenceIds.stream().map(provinces::of).collect(Collectors.toSet());
        return choices(units.find(null, null).stream().filter(u -> served.contains(u.province())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long unitId, Collection<Long> conferenceIds) {
        return provinces.refusal(unitId, conferenceIds);
    }

    private static List<UnitChoice> choices(List<Unit> list) {
        return list.stream().map(u -> new UnitChoice(u.id(), u.name(), u.province())).toList();
    }
}
