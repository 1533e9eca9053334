package vn.hoinghi.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.unit.Unit;

/** The directory's units by their loosely compared name or short name: "Ủy ban nhân dân huyện X" is "UBND huyện X". */
final class ProposerUnits {

    private final Map<String, Unit> byKey = new HashMap<>();

    ProposerUnits(List<Unit> units) {
        for (Unit u : units) {
            byKey.putIfAbsent(LooseKey.of(u.name()), u);
        }
        for (Unit u : units) {
            if (u.shortName() != null) {
                byKey.putIfAbsent(LooseKey.of(u.shortName()), u);
            }
        }
    }

    Optional<Unit> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(LooseKey.of(name)));
    }
}
