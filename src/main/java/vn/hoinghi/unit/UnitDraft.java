package vn.hoinghi.unit;

public record UnitDraft(String name, String shortName, UnitLevel level, UnitKind kind, String address,
                        String contactName, String contactPhone, String contactEmail) {

    public static UnitDraft of(Unit u) {
        return new UnitDraft(u.name(), u.shortName(), u.level(), u.kind(), u.address(), u.contactName(),
                u.contactPhone(), u.contactEmail());
    }
}
