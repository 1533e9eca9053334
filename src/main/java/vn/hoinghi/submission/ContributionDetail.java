package vn.hoinghi.submission;

import java.util.List;

/** A contribution with every version the unit sent (newest first) and the committee's decisions (newest first). */
public record ContributionDetail(Contribution contribution, List<ContributionVersion> versions,
                                 List<ContributionReview> reviews) {

    /** The committee's latest word to the unit, if any. */
    public java.util.Optional<ContributionReview> lastReview() {
        return reviews.stream().findFirst();
    }
}
