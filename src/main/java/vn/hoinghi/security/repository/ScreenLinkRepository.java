package vn.hoinghi.security.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.SCREEN_LINK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLink;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ScreenLinkRepository {

    private static final SelectField<ScreenLink> LINK = row(SCREEN_LINK.ID, SCREEN_LINK.CONFERENCE_ID, SCREEN_LINK.KIND,
            SCREEN_LINK.MEETING_POINT_ID, SCREEN_LINK.LABEL, SCREEN_LINK.CREATED_AT, SCREEN_LINK.CREATED_BY,
            SCREEN_LINK.LAST_USED_AT, SCREEN_LINK.REVOKED_AT, SCREEN_LINK.REVOKED_BY).mapping(ScreenLink::new);

    private final DSLContext dsl;

    ScreenLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, ScreenKind kind, Long pointId, String label, String tokenHash, Instant at,
                       String by) {
        return dsl.insertInto(SCREEN_LINK)
                .set(SCREEN_LINK.CONFERENCE_ID, conferenceId)
                .set(SCREEN_LINK.KIND, kind)
                .set(SCREEN_LINK.MEETING_POINT_ID, pointId)
                .set(SCREEN_LINK.LABEL, label)
                .set(SCREEN_LINK.TOKEN_HASH, tokenHash)
                .set(SCREEN_LINK.CREATED_AT, at)
                .set(SCREEN_LINK.CREATED_BY, by)
                .returningResult(SCREEN_LINK.ID).fetchOne(SCREEN_LINK.ID);
    }

    public Optional<ScreenLink> find(long id) {
        return select().where(SCREEN_LINK.ID.eq(id)).fetchOptional(Record1::value1);
    }

    public Optional<ScreenLink> activeByTokenHash(String tokenHash) {
        return select()
                .where(SCREEN_LINK.TOKEN_HASH.eq(tokenHash).and(SCREEN_LINK.REVOKED_AT.isNull()))
                .fetchOptional(Record1::value1);
    }

    public List<ScreenLink> list(long conferenceId) {
        return select().where(SCREEN_LINK.CONFERENCE_ID.eq(conferenceId))
                .orderBy(SCREEN_LINK.REVOKED_AT.isNotNull(), SCREEN_LINK.ID).fetch(Record1::value1);
    }

    public int countForPoint(long pointId) {
        return dsl.fetchCount(SCREEN_LINK, SCREEN_LINK.MEETING_POINT_ID.eq(pointId));
    }

    public void used(long id, Instant at) {
        dsl.update(SCREEN_LINK).set(SCREEN_LINK.LAST_USED_AT, at).where(SCREEN_LINK.ID.eq(id)).execute();
    }

    public boolean revoke(long id, Instant at, String by) {
        return dsl.update(SCREEN_LINK).set(SCREEN_LINK.REVOKED_AT, at).set(SCREEN_LINK.REVOKED_BY, by)
                .where(SCREEN_LINK.ID.eq(id).and(SCREEN_LINK.REVOKED_AT.isNull())).execute() == 1;
    }

    private SelectJoinStep<Record1<ScreenLink>> select() {
        return dsl.select(LINK).from(SCREEN_LINK);
    }
}
