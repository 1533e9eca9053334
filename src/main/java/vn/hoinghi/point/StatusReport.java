package vn.hoinghi.point;

import java.time.Instant;

/** One status a point's desk reported, when and by whom: the record of the point's day is read from these. */
public record StatusReport(long pointId, ConnectionStatus status, Instant at, String by) {
}
