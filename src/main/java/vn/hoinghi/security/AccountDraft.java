package vn.hoinghi.security;

import java.util.Set;

/**
 * What the admin types when creating or editing an account; a blank password keeps the old one. {@code conferenceIds}:
 * the conferences a gate, MC, point, screen or unit account serves (decision 021); null keeps them as they are (none
 * for a new account). The committee's accounts serve every conference and keep none.
 */
public record AccountDraft(String username, String displayName, String role, Long unitId,
                           boolean enabled, String password, Set<Long> conferenceIds) {

    public AccountDraft(String username, String displayName, String role, Long unitId, boolean enabled, String password) {
        this(username, displayName, role, unitId, enabled, password, null);
    }
}
