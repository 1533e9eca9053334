package vn.hoinghi.database;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.CONFERENCE;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.database.jooq.Tables.UNIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.unit.UnitService;

/**
 * V17's backfill on data as it was before it: units without a province get the one of the first conference that
 * refers to them (a delegate's before a point's…, the earliest conference first), or the first conference's. The
 * statement is read from the migration itself and run on this test's units only, in a transaction rolled back.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-v17", roles = AppRoles.ADMIN)
class UnitProvinceBackfillTest {

    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired DelegateService delegates;
    @Autowired PointService points;

    @Test
    void unitsTakeTheProvinceOfTheFirstConferenceReferringToThem() throws Exception {
        String backfill = backfillStatement();
        tx.executeWithoutResult(status -> {
            ConferenceDraft plan = TestData.quangTri();
            plan.setTitle(TestData.unique(plan.getTitle()));
            long quangTri = conferences.create(plan);
            long kienGiang = conferences.create(TestData.conference(TestData.unique("Hội nghị Kiên Giang trước V17")));
            long onlyKg = units.findOrCreate(quangTri, TestData.unique("Sở Văn hóa")).id();
            long both = units.findOrCreate(kienGiang, TestData.unique("Sở Tài chính")).id();
            long host = units.findOrCreate(kienGiang, TestData.unique("UBND huyện Châu Thành")).id();
            long unused = units.findOrCreate(kienGiang, TestData.unique("Hội Nông dân")).id();
            String hostName = units.names(List.of(host)).get(host);
            points.create(kienGiang, new PointDraft(TestData.unique("Điểm cầu Châu Thành"), hostName, null, null, null, 10, null));
            long inKg = delegate(kienGiang, "Lâm Văn Kiên");
            long inQt = delegate(quangTri, "Lê Văn Trị");
            long alsoKg = delegate(kienGiang, "Danh Thị Mai");
            dsl.update(DELEGATE).set(DELEGATE.UNIT_ID, onlyKg).where(DELEGATE.ID.eq(inKg)).execute();
            dsl.update(DELEGATE).set(DELEGATE.UNIT_ID, both).where(DELEGATE.ID.in(inQt, alsoKg)).execute();
            List<Long> mine = List.of(onlyKg, both, host, unused);
            dsl.update(UNIT).set(UNIT.PROVINCE, "").where(UNIT.ID.in(mine)).execute();

            dsl.execute(backfill + " WHERE u.id IN (" + mine.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")");

            Map<Long, String> province = dsl.select(UNIT.ID, UNIT.PROVINCE).from(UNIT).where(UNIT.ID.in(mine))
                    .fetchMap(UNIT.ID, UNIT.PROVINCE);
            String first = dsl.select(CONFERENCE.PROVINCE).from(CONFERENCE).orderBy(CONFERENCE.ID).limit(1)
                    .fetchOne(CONFERENCE.PROVINCE);
            assertThat(province).containsEntry(onlyKg, "Kiên Giang")
                    .as("used by both: the earlier conference's").containsEntry(both, "Quảng Trị")
                    .as("a point's host").containsEntry(host, "Kiên Giang")
                    .as("used by nothing: the first conference's").containsEntry(unused, first);
            status.setRollbackOnly();
        });
    }

    private long delegate(long conference, String name) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(TestData.unique(name));
        return delegates.create(conference, d);
    }

    /** The migration's own UPDATE of the units, without its closing semicolon. */
    private static String backfillStatement() throws Exception {
        String sql = Files.readString(Path.of("db/migration/V17__report_tables_and_provinces.sql"));
        int start = sql.indexOf("UPDATE unit u SET u.province");
        return sql.substring(start, sql.indexOf(';', start));
    }
}
