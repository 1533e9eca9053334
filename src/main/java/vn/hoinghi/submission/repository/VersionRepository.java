package vn.hoinghi.submission.repository;

import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_REVIEW;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_VERSION;
import static vn.hoinghi.database.jooq.Tables.STORED_FILE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.submission.ContributionReview;
import vn.hoinghi.submission.ContributionVersion;
import vn.hoinghi.submission.ReviewDecision;

/** The versions a unit sent for a contribution and the committee's decisions on them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class VersionRepository {

    private final DSLContext dsl;

    VersionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest first, each with its file's facts (not its bytes) and whether it came after the deadline day. */
    public List<ContributionVersion> versions(long contributionId) {
        return dsl.select(CONTRIBUTION_VERSION.NUMBER, FileRepository.FILE, CONTRIBUTION_VERSION.NOTE,
                        CONTRIBUTION_VERSION.SUBMITTED_AT, CONTRIBUTION_VERSION.SUBMITTED_BY, CONTRIBUTION.DEADLINE)
                .from(CONTRIBUTION_VERSION)
                .join(STORED_FILE).on(STORED_FILE.ID.eq(CONTRIBUTION_VERSION.STORED_FILE_ID))
                .join(CONTRIBUTION).on(CONTRIBUTION.ID.eq(CONTRIBUTION_VERSION.CONTRIBUTION_ID))
                .where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(contributionId))
                .orderBy(CONTRIBUTION_VERSION.NUMBER.desc())
                .fetch(Records.mapping((number, file, note, at, by, deadline) -> new ContributionVersion(contributionId,
                        number, file, note, at, by, Times.local(at).toLocalDate().isAfter(deadline))));
    }

    /** Adds the next version (1 for the first) for that file; returns its number. */
    public int add(long contributionId, long storedFileId, String note, Instant at, String by) {
        int number = dsl.select(DSL.coalesce(DSL.max(CONTRIBUTION_VERSION.NUMBER), 0)).from(CONTRIBUTION_VERSION)
                .where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(contributionId)).fetchOne(0, Integer.class) + 1;
        dsl.insertInto(CONTRIBUTION_VERSION)
                .set(CONTRIBUTION_VERSION.CONTRIBUTION_ID, contributionId)
                .set(CONTRIBUTION_VERSION.NUMBER, number)
                .set(CONTRIBUTION_VERSION.STORED_FILE_ID, storedFileId)
                .set(CONTRIBUTION_VERSION.NOTE, note)
                .set(CONTRIBUTION_VERSION.SUBMITTED_AT, at)
                .set(CONTRIBUTION_VERSION.SUBMITTED_BY, by)
                .execute();
        return number;
    }

    /** The stored file of one version of a contribution. */
    public Optional<Long> fileOf(long contributionId, int number) {
        return dsl.select(CONTRIBUTION_VERSION.STORED_FILE_ID).from(CONTRIBUTION_VERSION)
                .where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(contributionId).and(CONTRIBUTION_VERSION.NUMBER.eq(number)))
                .fetchOptional(CONTRIBUTION_VERSION.STORED_FILE_ID);
    }

    /** Newest first. */
    public List<ContributionReview> reviews(long contributionId) {
        return dsl.select(CONTRIBUTION_REVIEW.VERSION_NUMBER, CONTRIBUTION_REVIEW.DECISION, CONTRIBUTION_REVIEW.COMMENT,
                        CONTRIBUTION_REVIEW.DECIDED_AT, CONTRIBUTION_REVIEW.DECIDED_BY)
                .from(CONTRIBUTION_REVIEW).where(CONTRIBUTION_REVIEW.CONTRIBUTION_ID.eq(contributionId))
                .orderBy(CONTRIBUTION_REVIEW.ID.desc())
                .fetch(Records.mapping(ContributionReview::new));
    }

    public void addReview(long contributionId, int versionNumber, ReviewDecision decision, String comment, Instant at,
                          String by) {
        dsl.insertInto(CONTRIBUTION_REVIEW)
                .set(CONTRIBUTION_REVIEW.CONTRIBUTION_ID, contributionId)
                .set(CONTRIBUTION_REVIEW.VERSION_NUMBER, versionNumber)
                .set(CONTRIBUTION_REVIEW.DECISION, decision)
                .set(CONTRIBUTION_REVIEW.COMMENT, comment)
                .set(CONTRIBUTION_REVIEW.DECIDED_AT, at)
                .set(CONTRIBUTION_REVIEW.DECIDED_BY, by)
                .execute();
    }

    /** Whether any version of the contribution exists: a contribution with files is not deleted. */
    public boolean any(long contributionId) {
        return dsl.fetchExists(CONTRIBUTION_VERSION, CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(contributionId));
    }
}
