package vn.hoinghi.point;

/** What a person types or imports for a remote point. The host unit is named; it joins the units directory. */
public record PointDraft(String name, String hostUnitName, String room, String technician, String technicianPhone,
                         Integer expectedAttendees, String meetingLink) {
}
