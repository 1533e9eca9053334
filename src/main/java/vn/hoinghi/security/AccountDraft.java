package vn.hoinghi.security;

/** What the admin types when creating or editing an account; a blank password keeps the old one. */
public record AccountDraft(String username, String displayName, String role, Long unitId,
                           boolean enabled, String password) {
}
