package vn.hoinghi.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.UnitDirectory;
import vn.hoinghi.unit.repository.UnitRepository;

/** The directory's units as the accounts page offers them for a unit's representative. */
@Component
class UnitChoices implements UnitDirectory {

    private final UnitRepository units;

    UnitChoices(UnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> units() {
        return units.find(null).stream().map(u -> new UnitChoice(u.id(), u.name())).toList();
    }
}
