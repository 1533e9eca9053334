package vn.hoinghi.submission.repository;

import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_VERSION;
import static vn.hoinghi.database.jooq.Tables.STORED_FILE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.Delivery;
import vn.hoinghi.submission.ProceedingsEntry;

/** What the proceedings print: the accepted contributions of a conference and the file of each one's latest version. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ProceedingsRepository {

    private static final Field<String> UNIT_NAME = DSL.inline(null, String.class);

    private final DSLContext dsl;

    ProceedingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The accepted contributions in the plan's order ({@code position}), without the files' contents. The unit's name
     * is the unit feature's: {@code ProceedingsService} puts it on the entry.
     */
    public List<ProceedingsEntry> accepted(long conferenceId) {
        var latest = DSL.select(DSL.max(CONTRIBUTION_VERSION.NUMBER)).from(CONTRIBUTION_VERSION)
                .where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(CONTRIBUTION.ID));
        return dsl.select(CONTRIBUTION.ID, CONTRIBUTION.POSITION, CONTRIBUTION.UNIT_ID, UNIT_NAME, CONTRIBUTION.TOPIC,
                        CONTRIBUTION.SPEAKER_NAME, CONTRIBUTION.SPEAKER_TITLE,
                        CONTRIBUTION.DELIVERY.convertFrom(d -> d == Delivery.PRINTED), STORED_FILE.ID,
                        STORED_FILE.MEDIA_TYPE, STORED_FILE.FILE_NAME, STORED_FILE.PAGE_COUNT)
                .from(CONTRIBUTION)
                .leftJoin(CONTRIBUTION_VERSION).on(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(CONTRIBUTION.ID)
                        .and(CONTRIBUTION_VERSION.NUMBER.eq(latest)))
                .leftJoin(STORED_FILE).on(STORED_FILE.ID.eq(CONTRIBUTION_VERSION.STORED_FILE_ID))
                .where(CONTRIBUTION.CONFERENCE_ID.eq(conferenceId)
                        .and(CONTRIBUTION.STATUS.eq(ContributionStatus.ACCEPTED)))
                .orderBy(CONTRIBUTION.POSITION, CONTRIBUTION.ID)
                .fetch(Records.mapping(ProceedingsEntry::new));
    }
}
