package vn.hoinghi.point;

/** A place delegates attend from: the hall (the main point) or a remote video room ("điểm cầu"). */
public record MeetingPoint(long id, long conferenceId, String name, boolean hall, Long hostUnitId, String hostUnitName,
                           String room, String technician, String technicianPhone, int expectedAttendees,
                           String meetingLink, int position, int version) {

    /** The point with its host unit named (the unit feature keeps the names). */
    public MeetingPoint withHostUnitName(String unitName) {
        return new MeetingPoint(id, conferenceId, name, hall, hostUnitId, unitName, room, technician, technicianPhone,
                expectedAttendees, meetingLink, position, version);
    }
}
