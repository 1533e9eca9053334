package vn.hoinghi.security;

/** Role names as used by {@code @RolesAllowed} and {@code hasRole(...)}; stored in {@code account.role}. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";   // committee admin
    public static final String STAFF = "STAFF";   // committee staff
    public static final String GATE = "GATE";     // check-in at the gates
    public static final String MC = "MC";         // master of ceremonies
    public static final String UNIT = "UNIT";     // unit representative
    public static final String POINT = "POINT";   // remote point coordinator
    public static final String SCREEN = "SCREEN"; // unattended display

    /** For {@code @PreAuthorize}: the organising committee (its admins and staff). */
    public static final String COMMITTEE = "hasAnyRole('" + ADMIN + "','" + STAFF + "')";

    /** For {@code @PreAuthorize}: the committee and the MC, who follow attendance and the programme. */
    public static final String COMMITTEE_AND_MC = "hasAnyRole('" + ADMIN + "','" + STAFF + "','" + MC + "')";

    /** For {@code @PreAuthorize}: the committee and the units' accounts, who send them their papers. */
    public static final String COMMITTEE_AND_UNITS = "hasAnyRole('" + ADMIN + "','" + STAFF + "','" + UNIT + "')";

    /**
     * For {@code @PreAuthorize}, after a role rule and " and ": the caller serves the conference of the method's
     * {@code conferenceId} ({@link ConferenceAccess}, decision 021).
     */
    public static final String SERVED_CONFERENCE = "@conferenceAccess.serves(#conferenceId)";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, STAFF, GATE, MC, UNIT, POINT, SCREEN);

    private AppRoles() {
    }
}
