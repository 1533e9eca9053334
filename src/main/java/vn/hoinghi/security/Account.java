package vn.hoinghi.security;

import java.time.Instant;

public record Account(long id, String username, String displayName, String role, Long unitId,
                      boolean enabled, int version, Instant createdAt) {
}
