package vn.hoinghi.checkin;

import java.time.Instant;

/** One check-in: who came (the substitute when one came instead), where, when, by whom; and its annulment. */
public record Checkin(long id, long conferenceId, long delegateId, String attendeeName, boolean substitute, String gate,
                      String method, Instant at, String by, String requestId, Instant annulledAt, String annulledBy, String annulReason) {

    public boolean annulled() {
        return annulledAt != null;
    }
}
