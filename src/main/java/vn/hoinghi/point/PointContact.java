package vn.hoinghi.point;

/** What a delegate's own page says of the point they attend from: where it is and whom to call there. */
public record PointContact(String name, String room, String technician, String technicianPhone) {
}
