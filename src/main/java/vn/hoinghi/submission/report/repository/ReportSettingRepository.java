package vn.hoinghi.submission.report.repository;

import static vn.hoinghi.database.jooq.Tables.REPORT_SETTING;
import static vn.hoinghi.database.jooq.Tables.REPORT_UNIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.report.ReportSettings;

/** A conference's report deadline, outline and the units asked to report. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReportSettingRepository {

    private final DSLContext dsl;

    ReportSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ReportSettings> find(long conferenceId) {
        Set<Long> units = new HashSet<>(dsl.select(REPORT_UNIT.UNIT_ID).from(REPORT_UNIT)
                .where(REPORT_UNIT.CONFERENCE_ID.eq(conferenceId)).fetch(REPORT_UNIT.UNIT_ID));
        return dsl.selectFrom(REPORT_SETTING).where(REPORT_SETTING.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(r -> new ReportSettings(conferenceId, r.getDeadline(), r.getOutline(), units, r.getVersion()));
    }

    /** Saves the first version; false if someone saved one first. */
    public boolean insert(long conferenceId, LocalDate deadline, String outline, Instant at, String by) {
        return dsl.insertInto(REPORT_SETTING)
                .set(REPORT_SETTING.CONFERENCE_ID, conferenceId)
                .set(REPORT_SETTING.DEADLINE, deadline)
                .set(REPORT_SETTING.OUTLINE, outline)
                .set(REPORT_SETTING.VERSION, 1)
                .set(REPORT_SETTING.CHANGED_AT, at)
                .set(REPORT_SETTING.CHANGED_BY, by)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    public boolean update(long conferenceId, int version, LocalDate deadline, String outline, Instant at, String by) {
        return dsl.update(REPORT_SETTING)
                .set(REPORT_SETTING.DEADLINE, deadline)
                .set(REPORT_SETTING.OUTLINE, outline)
                .set(REPORT_SETTING.VERSION, version + 1)
                .set(REPORT_SETTING.CHANGED_AT, at)
                .set(REPORT_SETTING.CHANGED_BY, by)
                .where(REPORT_SETTING.CONFERENCE_ID.eq(conferenceId).and(REPORT_SETTING.VERSION.eq(version)))
                .execute() == 1;
    }

    public void replaceExpectedUnits(long conferenceId, Collection<Long> unitIds) {
        dsl.deleteFrom(REPORT_UNIT).where(REPORT_UNIT.CONFERENCE_ID.eq(conferenceId)).execute();
        if (!unitIds.isEmpty()) {
            var insert = dsl.insertInto(REPORT_UNIT, REPORT_UNIT.CONFERENCE_ID, REPORT_UNIT.UNIT_ID);
            for (long unit : unitIds) {
                insert = insert.values(conferenceId, unit);
            }
            insert.execute();
        }
    }
}
