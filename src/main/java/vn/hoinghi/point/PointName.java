package vn.hoinghi.point;

/** What another feature shows of a point it refers to: its name, and whether it is the hall. */
public record PointName(String name, boolean hall) {
}
