package vn.hoinghi.unit.repository;

import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Times;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitKind;
import vn.hoinghi.unit.UnitLevel;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class UnitRepository {

    private final DSLContext dsl;

    UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Unit> find(String search) {
        Condition where = search == null || search.isBlank()
                ? DSL.noCondition()
                : UNIT.SEARCH_KEY.contains(SearchKey.fold(search));
        return dsl.selectFrom(UNIT).where(where).orderBy(UNIT.LEVEL.desc(), UNIT.NAME).fetch(UnitRepository::toUnit);
    }

    public Optional<Unit> findByName(String name) {
        return dsl.selectFrom(UNIT).where(UNIT.SEARCH_KEY.eq(SearchKey.fold(name))).fetchOptional(UnitRepository::toUnit);
    }

    public long insert(UnitDraft d) {
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.LEVEL, d.level().name())
                .set(UNIT.KIND, d.kind().name())
                .set(UNIT.ADDRESS, d.address())
                .set(UNIT.CONTACT_NAME, d.contactName())
                .set(UNIT.CONTACT_PHONE, d.contactPhone())
                .set(UNIT.CONTACT_EMAIL, d.contactEmail())
                .set(UNIT.SEARCH_KEY, SearchKey.fold(d.name()))
                .set(UNIT.CREATED_AT, Times.toUtc(Instant.now()))
                .returningResult(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    public boolean update(long id, int version, UnitDraft d) {
        return dsl.update(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.LEVEL, d.level().name())
                .set(UNIT.KIND, d.kind().name())
                .set(UNIT.ADDRESS, d.address())
                .set(UNIT.CONTACT_NAME, d.contactName())
                .set(UNIT.CONTACT_PHONE, d.contactPhone())
                .set(UNIT.CONTACT_EMAIL, d.contactEmail())
                .set(UNIT.SEARCH_KEY, SearchKey.fold(d.name()))
                .set(UNIT.VERSION, version + 1)
                .where(UNIT.ID.eq(id).and(UNIT.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean nameTakenByOther(String name, Long exceptId) {
        Condition c = UNIT.SEARCH_KEY.eq(SearchKey.fold(name));
        return dsl.fetchExists(UNIT, exceptId == null ? c : c.and(UNIT.ID.ne(exceptId)));
    }

    private static Unit toUnit(Record r) {
        return new Unit(r.get(UNIT.ID), r.get(UNIT.NAME), r.get(UNIT.SHORT_NAME), UnitLevel.valueOf(r.get(UNIT.LEVEL)),
                UnitKind.valueOf(r.get(UNIT.KIND)), r.get(UNIT.ADDRESS), r.get(UNIT.CONTACT_NAME),
                r.get(UNIT.CONTACT_PHONE), r.get(UNIT.CONTACT_EMAIL), r.get(UNIT.VERSION));
    }
}
