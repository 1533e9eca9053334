package vn.hoinghi.delegate;

/**
 * The delegates still on the list of one composition group at one meeting point: invited, declined, substitutes
 * named (and not declined), expected (not declined), present (checked in) and absent (expected, not checked in). A
 * delegate who declined and came anyway counts as present. {@code groupId} is null for those without a group.
 */
public record Headcount(Long groupId, long pointId, int invited, int confirmed, int declined, int substitutes,
                        int expected, int present, int absent) {
}
