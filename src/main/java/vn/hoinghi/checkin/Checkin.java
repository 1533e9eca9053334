package vn.hoinghi.checkin;

import java.time.Instant;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;

/** One check-in: who came (the substitute when one came instead), where, when, by whom; and its annulment. */
public record Checkin(long id, long conferenceId, long delegateId, String attendeeName, boolean substitute, String gate,
                      CheckinMethod method, Instant at, String by, String requestId, Instant annulledAt, String annulledBy, String annulReason) {

    public boolean annulled() {
        return annulledAt != null;
    }

    /** A gate's name as stored and shown: cleaned, "Cổng" ("Gate") when none was given. */
    public static String gateName(String gate) {
        return gate == null || gate.isBlank() ? Texts.t("checkin.gate.unnamed") : SearchKey.clean(gate);
    }
}
