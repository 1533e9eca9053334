package vn.hoinghi.unit;

/** What the committee types for a unit; its province is chosen among the known ones (the conferences'). */
public record UnitDraft(String name, String province, String shortName, UnitLevel level, UnitKind kind,
                        String address, String contactName, String contactPhone, String contactEmail) {

    public static UnitDraft of(Unit u) {
        return new UnitDraft(u.name(), u.province(), u.shortName(), u.level(), u.kind(), u.address(), u.contactName(),
                u.contactPhone(), u.contactEmail());
    }

    /** A unit named in a sheet or a form: its level and kind guessed from its name, no contact yet. */
    static UnitDraft named(String name, String province) {
        return new UnitDraft(name, province, null, UnitClassifier.level(name), UnitClassifier.kind(name), null, null,
                null, null);
    }
}
