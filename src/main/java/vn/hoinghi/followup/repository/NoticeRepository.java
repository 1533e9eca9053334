package vn.hoinghi.followup.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CONCLUSION_NOTICE;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.followup.ConclusionNotice;
import vn.hoinghi.followup.NoticeDraft;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class NoticeRepository {

    private final DSLContext dsl;

    NoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ConclusionNotice> find(long conferenceId) {
        return dsl.select(row(CONCLUSION_NOTICE.CONFERENCE_ID,
                        row(CONCLUSION_NOTICE.NUMBER, CONCLUSION_NOTICE.ISSUED_ON, CONCLUSION_NOTICE.PLACE,
                                CONCLUSION_NOTICE.ISSUER, CONCLUSION_NOTICE.TITLE, CONCLUSION_NOTICE.OPENING,
                                CONCLUSION_NOTICE.ASSESSMENT, CONCLUSION_NOTICE.CLOSING,
                                CONCLUSION_NOTICE.SIGNER_AUTHORITY, CONCLUSION_NOTICE.SIGNER_NAME,
                                CONCLUSION_NOTICE.RECIPIENTS).mapping(NoticeDraft::new),
                        CONCLUSION_NOTICE.VERSION).mapping(ConclusionNotice::new))
                .from(CONCLUSION_NOTICE).where(CONCLUSION_NOTICE.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(Record1::value1);
    }

    /** Saves the first version; false if someone saved one first. */
    public boolean insert(long conferenceId, NoticeDraft d, Instant at, String by) {
        return dsl.insertInto(CONCLUSION_NOTICE).set(fields(d, at, by))
                .set(CONCLUSION_NOTICE.CONFERENCE_ID, conferenceId).set(CONCLUSION_NOTICE.VERSION, 1)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    public boolean update(long conferenceId, int version, NoticeDraft d, Instant at, String by) {
        return dsl.update(CONCLUSION_NOTICE).set(fields(d, at, by)).set(CONCLUSION_NOTICE.VERSION, version + 1)
                .where(CONCLUSION_NOTICE.CONFERENCE_ID.eq(conferenceId).and(CONCLUSION_NOTICE.VERSION.eq(version)))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> fields(NoticeDraft d, Instant at, String by) {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        map.put(CONCLUSION_NOTICE.NUMBER, d.number());
        map.put(CONCLUSION_NOTICE.ISSUED_ON, d.issuedOn());
        map.put(CONCLUSION_NOTICE.PLACE, d.place());
        map.put(CONCLUSION_NOTICE.ISSUER, d.issuer());
        map.put(CONCLUSION_NOTICE.TITLE, d.title());
        map.put(CONCLUSION_NOTICE.OPENING, d.opening());
        map.put(CONCLUSION_NOTICE.ASSESSMENT, d.assessment());
        map.put(CONCLUSION_NOTICE.CLOSING, d.closing());
        map.put(CONCLUSION_NOTICE.SIGNER_AUTHORITY, d.signerAuthority());
        map.put(CONCLUSION_NOTICE.SIGNER_NAME, d.signerName());
        map.put(CONCLUSION_NOTICE.RECIPIENTS, d.recipients());
        map.put(CONCLUSION_NOTICE.CHANGED_AT, at);
        map.put(CONCLUSION_NOTICE.CHANGED_BY, by);
        return map;
    }
}
