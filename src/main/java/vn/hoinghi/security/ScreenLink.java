package vn.hoinghi.security;

import java.time.Instant;

/** A screen link as the committee sees it: never the secret, which is shown once when it is made. */
public record ScreenLink(long id, long conferenceId, ScreenKind kind, Long pointId, String label, Instant createdAt,
                         String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}
