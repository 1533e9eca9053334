package vn.hoinghi.point;

/** One point's sign-in card as it is printed and mailed once: the point, its desk code and the link it opens. */
public record DeskCard(MeetingPoint point, String code, String link) {
}
