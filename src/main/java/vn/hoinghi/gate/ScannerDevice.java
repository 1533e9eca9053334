package vn.hoinghi.gate;

import java.time.Instant;

/** A kiosk or handheld scanner allowed to post check-ins for one conference at one gate. */
public record ScannerDevice(long id, long conferenceId, String name, String gate, Instant createdAt, Instant revokedAt) {
}
