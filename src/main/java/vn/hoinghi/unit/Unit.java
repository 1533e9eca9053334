package vn.hoinghi.unit;

public record Unit(long id, String name, String shortName, UnitLevel level, UnitKind kind, String address,
                   String contactName, String contactPhone, String contactEmail, int version) {
}
