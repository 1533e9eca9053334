package vn.hoinghi.point;

/**
 * What a person types or imports for a remote point. The host unit is named; it joins the units directory. A kind
 * left null is read from the names.
 */
public record PointDraft(String name, String hostUnitName, String room, String technician, String technicianPhone,
                         Integer expectedAttendees, String meetingLink, String cluster, PointKind kind,
                         String technicianEmail) {

    public PointDraft(String name, String hostUnitName, String room, String technician, String technicianPhone,
                      Integer expectedAttendees, String meetingLink) {
        this(name, hostUnitName, room, technician, technicianPhone, expectedAttendees, meetingLink, null, null, null);
    }
}
