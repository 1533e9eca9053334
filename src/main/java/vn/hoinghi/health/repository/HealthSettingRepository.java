package vn.hoinghi.health.repository;

import static vn.hoinghi.database.jooq.Tables.HEALTH_SETTING;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.health.HealthSettings;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HealthSettingRepository {

    private final DSLContext dsl;

    HealthSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<HealthSettings> find(long conferenceId) {
        return dsl.select(HEALTH_SETTING.CONFERENCE_ID, HEALTH_SETTING.ENABLED,
                        HEALTH_SETTING.QUESTIONS.convertFrom(HealthSettingRepository::lines), HEALTH_SETTING.VERSION)
                .from(HEALTH_SETTING).where(HEALTH_SETTING.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(Records.mapping(HealthSettings::new));
    }

    public boolean insert(long conferenceId, boolean enabled, List<String> questions, Instant at, String by) {
        return dsl.insertInto(HEALTH_SETTING)
                .set(HEALTH_SETTING.CONFERENCE_ID, conferenceId)
                .set(HEALTH_SETTING.ENABLED, enabled)
                .set(HEALTH_SETTING.QUESTIONS, String.join("\n", questions))
                .set(HEALTH_SETTING.VERSION, 1)
                .set(HEALTH_SETTING.UPDATED_AT, at)
                .set(HEALTH_SETTING.UPDATED_BY, by)
                .execute() == 1;
    }

    public boolean update(long conferenceId, int version, boolean enabled, List<String> questions, Instant at, String by) {
        return dsl.update(HEALTH_SETTING)
                .set(HEALTH_SETTING.ENABLED, enabled)
                .set(HEALTH_SETTING.QUESTIONS, String.join("\n", questions))
                .set(HEALTH_SETTING.VERSION, version + 1)
                .set(HEALTH_SETTING.UPDATED_AT, at)
                .set(HEALTH_SETTING.UPDATED_BY, by)
                .where(HEALTH_SETTING.CONFERENCE_ID.eq(conferenceId).and(HEALTH_SETTING.VERSION.eq(version)))
                .execute() == 1;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
