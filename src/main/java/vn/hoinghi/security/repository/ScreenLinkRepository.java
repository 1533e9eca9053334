package vn.hoinghi.security.repository;

import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.SCREEN_LINK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLink;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ScreenLinkRepository {

    private final DSLContext dsl;

    ScreenLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean pointBelongsTo(long pointId, long conferenceId) {
        return dsl.fetchExists(MEETING_POINT, MEETING_POINT.ID.eq(pointId).and(MEETING_POINT.CONFERENCE_ID.eq(conferenceId)));
    }

    public long insert(long conferenceId, ScreenKind kind, Long pointId, String label, String tokenHash, Instant at,
                       String by) {
        return dsl.insertInto(SCREEN_LINK)
                .set(SCREEN_LINK.CONFERENCE_ID, conferenceId)
                .set(SCREEN_LINK.KIND, kind.name())
                .set(SCREEN_LINK.MEETING_POINT_ID, pointId)
                .set(SCREEN_LINK.LABEL, label)
                .set(SCREEN_LINK.TOKEN_HASH, tokenHash)
                .set(SCREEN_LINK.CREATED_AT, Times.toUtc(at))
                .set(SCREEN_LINK.CREATED_BY, by)
                .returningResult(SCREEN_LINK.ID).fetchOne(SCREEN_LINK.ID);
    }

    public Optional<ScreenLink> find(long id) {
        return dsl.selectFrom(SCREEN_LINK).where(SCREEN_LINK.ID.eq(id)).fetchOptional(ScreenLinkRepository::toLink);
    }

    public Optional<ScreenLink> activeByTokenHash(String tokenHash) {
        return dsl.selectFrom(SCREEN_LINK)
                .where(SCREEN_LINK.TOKEN_HASH.eq(tokenHash).and(SCREEN_LINK.REVOKED_AT.isNull()))
                .fetchOptional(ScreenLinkRepository::toLink);
    }

    public List<ScreenLink> list(long conferenceId) {
        return dsl.selectFrom(SCREEN_LINK).where(SCREEN_LINK.CONFERENCE_ID.eq(conferenceId))
                .orderBy(SCREEN_LINK.REVOKED_AT.isNotNull(), SCREEN_LINK.ID).fetch(ScreenLinkRepository::toLink);
    }

    public void used(long id, Instant at) {
        dsl.update(SCREEN_LINK).set(SCREEN_LINK.LAST_USED_AT, Times.toUtc(at)).where(SCREEN_LINK.ID.eq(id)).execute();
    }

    public boolean revoke(long id, Instant at, String by) {
        return dsl.update(SCREEN_LINK).set(SCREEN_LINK.REVOKED_AT, Times.toUtc(at)).set(SCREEN_LINK.REVOKED_BY, by)
                .where(SCREEN_LINK.ID.eq(id).and(SCREEN_LINK.REVOKED_AT.isNull())).execute() == 1;
    }

    private static ScreenLink toLink(Record r) {
        return new ScreenLink(r.get(SCREEN_LINK.ID), r.get(SCREEN_LINK.CONFERENCE_ID), ScreenKind.valueOf(r.get(SCREEN_LINK.KIND)),
                r.get(SCREEN_LINK.MEETING_POINT_ID), r.get(SCREEN_LINK.LABEL), Times.fromUtc(r.get(SCREEN_LINK.CREATED_AT)),
                r.get(SCREEN_LINK.CREATED_BY), Times.fromUtc(r.get(SCREEN_LINK.LAST_USED_AT)),
                Times.fromUtc(r.get(SCREEN_LINK.REVOKED_AT)), r.get(SCREEN_LINK.REVOKED_BY));
    }
}
