package vn.hoinghi.point;

/**
 * A place delegates attend from: the hall (the main point) or a remote video room ("điểm cầu"), in its cluster
 * ("cụm", null when the conference has none). A withdrawn point no longer joins; it stays for the record.
 */
public record MeetingPoint(long id, long conferenceId, String name, boolean hall, Long hostUnitId, String hostUnitName,
                           String room, String technician, String technicianPhone, int expectedAttendees,
                           String meetingLink, int position, int version, String cluster, PointKind kind,
                           String technicianEmail, boolean withdrawn) {

    /** The point with its host unit named (the unit feature keeps the names); a kind not set is read from the names. */
    public MeetingPoint withHostUnitName(String unitName) {
        return new MeetingPoint(id, conferenceId, name, hall, hostUnitId, unitName, room, technician, technicianPhone,
                expectedAttendees, meetingLink, position, version, cluster,
                kind != null ? kind : PointKind.guess(hall, name, unitName), technicianEmail, withdrawn);
    }

    /**
     * Whether something (a delegate, an agenda item) may be placed at this point: a withdrawn point takes nothing new,
     * but what is there already keeps it ({@code currentPointId}, decision 027).
     */
    public boolean takesNew(Long currentPointId) {
        return !withdrawn || Long.valueOf(id).equals(currentPointId);
    }
}
