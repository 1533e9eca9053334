package vn.hoinghi.handout.repository;

import static vn.hoinghi.database.jooq.Tables.HANDOUT;
import static vn.hoinghi.database.jooq.Tables.HANDOUT_DOWNLOAD;
import static vn.hoinghi.database.jooq.Tables.HANDOUT_FILE;
import static vn.hoinghi.database.jooq.Tables.HANDOUT_GROUP;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.handout.Handout;
import vn.hoinghi.handout.HandoutAudience;
import vn.hoinghi.handout.HandoutKind;

/** The handouts of a conference in their order, with their groups and download counts; a file's bytes only on demand. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HandoutRepository {

    private static final Field<Integer> DOWNLOADERS = DSL.field(DSL.selectCount().from(HANDOUT_DOWNLOAD)
            .where(HANDOUT_DOWNLOAD.HANDOUT_ID.eq(HANDOUT.ID)));
    private static final Field<Integer> DOWNLOADS = DSL.field(DSL.select(DSL.coalesce(DSL.sum(HANDOUT_DOWNLOAD.DOWNLOADS), DSL.inline(java.math.BigDecimal.ZERO)).cast(Integer.class))
            .from(HANDOUT_DOWNLOAD).where(HANDOUT_DOWNLOAD.HANDOUT_ID.eq(HANDOUT.ID)));

    private final DSLContext dsl;

    HandoutRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Handout> list(long conferenceId) {
        return withGroups(dsl.select(HANDOUT.fields()).select(DOWNLOADERS, DOWNLOADS).from(HANDOUT)
                .where(HANDOUT.CONFERENCE_ID.eq(conferenceId)).orderBy(HANDOUT.POSITION, HANDOUT.ID)
                .fetch(HandoutRepository::handout));
    }

    /** The published handouts of a conference, in their order (their groups filled in, no counts). */
    public List<Handout> published(long conferenceId) {
        return withGroups(dsl.select(HANDOUT.fields()).select(DSL.inline(0), DSL.inline(0)).from(HANDOUT)
                .where(HANDOUT.CONFERENCE_ID.eq(conferenceId).and(HANDOUT.PUBLISHED_AT.isNotNull()))
                .orderBy(HANDOUT.POSITION, HANDOUT.ID).fetch(HandoutRepository::handout));
    }

    public Optional<Handout> get(long id) {
        return dsl.select(HANDOUT.fields()).select(DOWNLOADERS, DOWNLOADS).from(HANDOUT).where(HANDOUT.ID.eq(id))
                .fetchOptional(HandoutRepository::handout).map(h -> withGroups(List.of(h)).getFirst());
    }

    public long insert(long conferenceId, String title, HandoutKind kind, String fileName, String mediaType,
                       Long sizeBytes, HandoutAudience audience, Instant at, String by) {
        Integer last = dsl.select(DSL.max(HANDOUT.POSITION)).from(HANDOUT).where(HANDOUT.CONFERENCE_ID.eq(conferenceId))
                .forUpdate().fetchOne(0, Integer.class);
        return dsl.insertInto(HANDOUT).set(HANDOUT.CONFERENCE_ID, conferenceId)
                .set(HANDOUT.POSITION, last == null ? 1 : last + 1).set(HANDOUT.TITLE, title)
                .set(HANDOUT.KIND, kind.name()).set(HANDOUT.FILE_NAME, fileName).set(HANDOUT.MEDIA_TYPE, mediaType)
                .set(HANDOUT.SIZE_BYTES, sizeBytes).set(HANDOUT.AUDIENCE, audience.name())
                .set(HANDOUT.CREATED_AT, at).set(HANDOUT.CREATED_BY, by)
                .returningResult(HANDOUT.ID).fetchOne(0, Long.class);
    }

    public void insertFile(long handoutId, String sha256, byte[] content) {
        dsl.insertInto(HANDOUT_FILE).set(HANDOUT_FILE.HANDOUT_ID, handoutId).set(HANDOUT_FILE.SHA256, sha256)
                .set(HANDOUT_FILE.CONTENT, content).execute();
    }

    public Optional<byte[]> content(long handoutId) {
        return dsl.select(HANDOUT_FILE.CONTENT).from(HANDOUT_FILE).where(HANDOUT_FILE.HANDOUT_ID.eq(handoutId))
                .fetchOptional(HANDOUT_FILE.CONTENT);
    }

    public void setTitle(long id, String title) {
        dsl.update(HANDOUT).set(HANDOUT.TITLE, title).where(HANDOUT.ID.eq(id)).execute();
    }

    public void setAudience(long id, HandoutAudience audience, Collection<Long> groupIds) {
        dsl.update(HANDOUT).set(HANDOUT.AUDIENCE, audience.name()).where(HANDOUT.ID.eq(id)).execute();
        dsl.deleteFrom(HANDOUT_GROUP).where(HANDOUT_GROUP.HANDOUT_ID.eq(id)).execute();
        for (long group : audience == HandoutAudience.GROUPS ? groupIds : List.<Long>of()) {
            dsl.insertInto(HANDOUT_GROUP).set(HANDOUT_GROUP.HANDOUT_ID, id).set(HANDOUT_GROUP.GROUP_ID, group).execute();
        }
    }

    public void setPublished(long id, Instant at) {
        dsl.update(HANDOUT).set(HANDOUT.PUBLISHED_AT, at).where(HANDOUT.ID.eq(id)).execute();
    }

    public void setPosition(long id, int position) {
        dsl.update(HANDOUT).set(HANDOUT.POSITION, position).where(HANDOUT.ID.eq(id)).execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(HANDOUT).where(HANDOUT.ID.eq(id)).execute();
    }

    /**
     * Counts one download: the first time is kept, the count goes up. Two downloads at once both count: the insert
     * that loses the race is ignored and its download added by the update after it. (jOOQ's upsert with an increment
     * is written with MySQL 8's row alias, which MariaDB does not read.)
     */
    public void countDownload(long handoutId, long delegateId, Instant at) {
        if (increment(handoutId, delegateId) == 1) {
            return;
        }
        int inserted = dsl.insertInto(HANDOUT_DOWNLOAD).set(HANDOUT_DOWNLOAD.HANDOUT_ID, handoutId)
                .set(HANDOUT_DOWNLOAD.DELEGATE_ID, delegateId).set(HANDOUT_DOWNLOAD.FIRST_AT, at)
                .set(HANDOUT_DOWNLOAD.DOWNLOADS, 1).onDuplicateKeyIgnore().execute();
        if (inserted == 0) {
            increment(handoutId, delegateId);
        }
    }

    private int increment(long handoutId, long delegateId) {
        return dsl.update(HANDOUT_DOWNLOAD).set(HANDOUT_DOWNLOAD.DOWNLOADS, HANDOUT_DOWNLOAD.DOWNLOADS.plus(1))
                .where(HANDOUT_DOWNLOAD.HANDOUT_ID.eq(handoutId).and(HANDOUT_DOWNLOAD.DELEGATE_ID.eq(delegateId)))
                .execute();
    }

    private List<Handout> withGroups(List<Handout> handouts) {
        if (handouts.isEmpty()) {
            return handouts;
        }
        Map<Long, Set<Long>> groups = new HashMap<>();
        dsl.select(HANDOUT_GROUP.HANDOUT_ID, HANDOUT_GROUP.GROUP_ID).from(HANDOUT_GROUP)
                .where(HANDOUT_GROUP.HANDOUT_ID.in(handouts.stream().map(Handout::id).toList()))
                .forEach(r -> groups.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return handouts.stream().map(h -> h.withGroups(Set.copyOf(groups.getOrDefault(h.id(), Set.of())))).toList();
    }

    private static Handout handout(Record r) {
        return new Handout(r.get(HANDOUT.ID), r.get(HANDOUT.CONFERENCE_ID), r.get(HANDOUT.POSITION),
                r.get(HANDOUT.TITLE), HandoutKind.valueOf(r.get(HANDOUT.KIND)), r.get(HANDOUT.FILE_NAME),
                r.get(HANDOUT.MEDIA_TYPE), r.get(HANDOUT.SIZE_BYTES), HandoutAudience.valueOf(r.get(HANDOUT.AUDIENCE)),
                Set.of(), r.get(HANDOUT.PUBLISHED_AT), r.get(r.size() - 2, Integer.class),
                r.get(r.size() - 1, Integer.class));
    }
}
