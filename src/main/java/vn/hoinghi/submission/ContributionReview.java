package vn.hoinghi.submission;

import java.time.Instant;

/** A committee decision on one version, with its comment for the unit. */
public record ContributionReview(int versionNumber, ReviewDecision decision, String comment, Instant decidedAt,
                                 String decidedBy) {
}
