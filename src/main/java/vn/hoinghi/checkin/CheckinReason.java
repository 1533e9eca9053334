package vn.hoinghi.checkin;

import java.util.Locale;

/** The answer to a scan. The API sends the lower-case name ("ok", "already", "other_conference"…). */
public enum CheckinReason {
    /** Checked in now. */
    OK,
    /** Was checked in before; the result carries when and where. */
    ALREADY,
    /** Not a code of this system, or no such delegate. */
    UNKNOWN,
    /** Looks like a code but its signature is wrong: altered or forged. */
    INVALID,
    /** A genuine code that no longer counts: reissued, or the delegate was withdrawn. */
    REVOKED,
    /** A genuine code of another conference. */
    OTHER_CONFERENCE,
    /** At a remote point's desk: a delegate listed at another point (never sent by the scanner API). */
    OTHER_POINT,
    /** The conference asks the health declaration first and the answers are missing: not checked in (scanner API). */
    DECLARATION_REQUIRED,
    /** A "yes" in the health declaration (now or earlier, not cleared yet): not checked in, sent to the medical desk. */
    REFER_MEDICAL;

    public String apiCode() {
        return name().toLowerCase(Locale.ROOT);
    }
}
