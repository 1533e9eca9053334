package vn.hoinghi.point;

import java.time.Instant;

/** A point's desk reported its link's status: published inside the report's transaction, for alerts and the record. */
public record StatusReported(long conferenceId, long pointId, ConnectionStatus status, Instant at) {
}
