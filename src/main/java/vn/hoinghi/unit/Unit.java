package vn.hoinghi.unit;

/** A unit of the directory; {@code province} is the text of the conferences it serves ("" while it has none). */
public record Unit(long id, String name, String province, String shortName, UnitLevel level, UnitKind kind,
                   String address, String contactName, String contactPhone, String contactEmail, int version) {
}
