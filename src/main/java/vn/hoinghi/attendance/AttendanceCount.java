package vn.hoinghi.attendance;

/**
 * The attendance of one composition group or meeting point (or of all): invited (not withdrawn), declined,
 * substitutes named, expected (invited and not declined), present (checked in) and still absent (expected,
 * not checked in). A delegate who declined and came anyway counts as present. Everyone in a point's room, as its
 * coordinator reports them, is {@link PointPeople}'s.
 */
public record AttendanceCount(Long id, String name, int invited, int declined, int substitutes, int expected,
                              int present, int absent) {

    /** Present as a whole percentage of the expected; 0 when none are expected. */
    public int percent() {
        return expected == 0 ? 0 : Math.round(100f * present / expected);
    }

    public AttendanceCount plus(AttendanceCount o) {
        return new AttendanceCount(null, null, invited + o.invited, declined + o.declined, substitutes + o.substitutes,
                expected + o.expected, present + o.present, absent + o.absent);
    }

    public static AttendanceCount zero(String name) {
        return new AttendanceCount(null, name, 0, 0, 0, 0, 0, 0);
    }
}
