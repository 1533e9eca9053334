package vn.hoinghi.unit;

/** For tests that need a unit before they have a conference: the unit of that name in that province, made if new. */
public final class TestUnits {

    private TestUnits() {
    }

    /** Call as the committee. */
    public static long inProvince(UnitService units, String province, String name) {
        return units.directory(province, name).stream().filter(u -> u.name().equals(name)).findFirst()
                .map(Unit::id).orElseGet(() -> units.create(new UnitDraft(name, province, null,
                        UnitClassifier.level(name), UnitClassifier.kind(name), null, null, null, null)));
    }
}
