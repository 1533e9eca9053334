package vn.hoinghi.point;

/** A place delegates attend from: the hall (the main point) or a remote video room ("điểm cầu"). */
public record MeetingPoint(long id, long conferenceId, String name, boolean hall, Long hostUnitId, String hostUnitName,
                           String room, String technician, String technicianPhone, int expectedAttendees,
                           String meetingLink, int position, int version) {
}
