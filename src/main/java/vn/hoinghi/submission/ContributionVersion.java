package vn.hoinghi.submission;

import java.time.Instant;

/** One file a unit sent for a contribution: v1, v2…; {@code late} when sent after the deadline day. */
public record ContributionVersion(long contributionId, int number, StoredFile file, String note, Instant submittedAt,
                                  String submittedBy, boolean late) {
}
