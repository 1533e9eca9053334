package vn.hoinghi.point;

/** A point's validated fields with the host unit resolved to its id — what gets stored. */
public record PointValues(String name, Long hostUnitId, String room, String technician, String technicianPhone,
                          int expectedAttendees, String meetingLink, String cluster, PointKind kind,
                          String technicianEmail) {
}
