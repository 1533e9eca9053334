package vn.hoinghi.unit.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitDraft;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class UnitRepository {

    private static final SelectField<Unit> UNIT_ROW = row(UNIT.ID, UNIT.NAME, UNIT.PROVINCE, UNIT.SHORT_NAME, UNIT.LEVEL, UNIT.KIND,
            UNIT.ADDRESS, UNIT.CONTACT_NAME, UNIT.CONTACT_PHONE, UNIT.CONTACT_EMAIL, UNIT.VERSION).mapping(Unit::new);

    private final DSLContext dsl;

    UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The units of a province (all when {@code province} is null) whose name contains the search, diacritic-blind. */
    public List<Unit> find(String province, String search) {
        Condition where = search == null || search.isBlank()
                ? DSL.noCondition()
                : UNIT.SEARCH_KEY.contains(SearchKey.fold(search));
        if (province != null) {
            where = where.and(UNIT.PROVINCE.eq(province));
        }
        return select().where(where).orderBy(UNIT.LEVEL.desc(), UNIT.NAME).fetch(Record1::value1);
    }

    /** The provinces units belong to, "" (no province) among them if some unit has none. */
    public List<String> provinces() {
        return dsl.selectDistinct(UNIT.PROVINCE).from(UNIT).fetch(UNIT.PROVINCE);
    }

    public Optional<Unit> get(long id) {
        return select().where(UNIT.ID.eq(id)).fetchOptional(Record1::value1);
    }

    /** These units in name order (by the database's collation, as every list of units is sorted). */
    public List<Unit> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select().where(UNIT.ID.in(ids)).orderBy(UNIT.NAME, UNIT.ID)
                .fetch(Record1::value1);
    }

    public Optional<Unit> findByName(String province, String name) {
        return select().where(UNIT.PROVINCE.eq(province).and(UNIT.SEARCH_KEY.eq(SearchKey.fold(name))))
                .fetchOptional(Record1::value1);
    }

    public long insert(UnitDraft d) {
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.PROVINCE, d.province())
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.LEVEL, d.level())
                .set(UNIT.KIND, d.kind())
                .set(UNIT.ADDRESS, d.address())
                .set(UNIT.CONTACT_NAME, d.contactName())
                .set(UNIT.CONTACT_PHONE, d.contactPhone())
                .set(UNIT.CONTACT_EMAIL, d.contactEmail())
                .set(UNIT.SEARCH_KEY, SearchKey.fold(d.name()))
                .set(UNIT.CREATED_AT, Instant.now())
                .returningResult(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    public boolean update(long id, int version, UnitDraft d) {
        return dsl.update(UNIT)
                .set(UNIT.NAME, d.name())
                .set(UNIT.PROVINCE, d.province())
                .set(UNIT.SHORT_NAME, d.shortName())
                .set(UNIT.LEVEL, d.level())
                .set(UNIT.KIND, d.kind())
                .set(UNIT.ADDRESS, d.address())
                .set(UNIT.CONTACT_NAME, d.contactName())
                .set(UNIT.CONTACT_PHONE, d.contactPhone())
                .set(UNIT.CONTACT_EMAIL, d.contactEmail())
                .set(UNIT.SEARCH_KEY, SearchKey.fold(d.name()))
                .set(UNIT.VERSION, version + 1)
                .where(UNIT.ID.eq(id).and(UNIT.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean delete(long id, int version) {
        return dsl.deleteFrom(UNIT).where(UNIT.ID.eq(id).and(UNIT.VERSION.eq(version))).execute() == 1;
    }

    public boolean nameTakenByOther(String province, String name, Long exceptId) {
        Condition c = UNIT.PROVINCE.eq(province).and(UNIT.SEARCH_KEY.eq(SearchKey.fold(name)));
        return dsl.fetchExists(UNIT, exceptId == null ? c : c.and(UNIT.ID.ne(exceptId)));
    }

    private SelectJoinStep<Record1<Unit>> select() {
        return dsl.select(UNIT_ROW).from(UNIT);
    }
}
