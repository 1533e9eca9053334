package vn.hoinghi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.agenda.AgendaImportPreview;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.award.AwardFixture;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationImportPreview;
import vn.hoinghi.award.NominationImportService;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.ImportPreview;
import vn.hoinghi.document.HostileFiles.Hostile;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointImportRow;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.ContributionImportPreview;
import vn.hoinghi.submission.ContributionImportService;
import vn.hoinghi.unit.UnitService;

/**
 * Every importer (the nominations' also as a unit's account, which any unit may hold) is sent a few hundred malformed
 * and hostile files ({@link HostileFiles}): each is answered — with a preview or with the feature's own refusal, never
 * another exception nor an OutOfMemoryError — within a bound a busy machine keeps; a refusal is a Vietnamese message
 * naming the file, a refused row names its row and column; a refused file writes nothing; what a preview accepts
 * commits without a database error and without the characters that hide or reorder text; and the heap is no larger
 * afterwards than before, give or take a margin.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-fuzz", roles = AppRoles.STAFF)
class HostileFilesTest {

    private static final Duration EACH_FILE = LiveDelay.BUSY_MACHINE;
    private static final long HEAP_MARGIN = 96L * 1024 * 1024;

    @Autowired ImportFixture importFixture;
    @Autowired AwardFixture awardFixture;
    @Autowired DelegateImportService delegateImport;
    @Autowired DelegateService delegates;
    @Autowired PointImportService pointImport;
    @Autowired PointService points;
    @Autowired AgendaImportService agendaImport;
    @Autowired AgendaService agenda;
    @Autowired NominationImportService nominationImport;
    @Autowired NominationService nominations;
    @Autowired ContributionImportService contributionImport;
    @Autowired AssignmentService assignments;
    @Autowired UnitService units;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    /** English a library might have put in a message: a user of this app reads Vietnamese. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(the|unexpected|invalid|error|failed|expected|cannot|null)\\b|Exception");

    /** What a preview refused row by row, and how many rows its commit wrote. */
    private record Outcome(List<RowProblem> problems, int committed) {
    }

    /** One importer: what a file does to it, and what it has written so far. */
    private interface Importer {
        String name();

        /** Previews the file and, when the preview accepts rows, commits them. */
        Outcome importFile(Hostile file);

        long written();
    }

    @Test
    void everyImporterAnswersEveryHostileFileWithItsOwnRefusalOrAPreviewAndWritesNothingForARefusal() {
        long conference = importFixture.conferenceWithPoints();
        long awards = awardFixture.conference(45, 152);
        long unitsAwards = awardFixture.conference(45, 152);
        String unitAccount = accounts.unitServing("soyte-fuzz-" + awards, units.findOrCreate(unitsAwards, "Sở Y tế").id(), unitsAwards);
        List<Importer> importers = importers(conference, awards, unitsAwards, unitAccount);
        List<Supplier<Hostile>> files = HostileFiles.all();
        assertThat(files).as("hostile files").hasSizeGreaterThanOrEqualTo(200);
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        String slowestName = "";
        int refused = 0;
        int committed = 0;
        Map<String, Integer> tooLongRows = new TreeMap<>();
        Map<String, Integer> committedRows = new TreeMap<>();

        for (Supplier<Hostile> made : files) {
            Hostile file = made.get();
            for (Importer importer : importers) {
                long writtenBefore = importer.written();
                long unitsBefore = units.directory(null, null).size();
                long began = System.nanoTime();
                try {
                    Outcome outcome = importer.importFile(file);
                    committed += outcome.committed();
                    committedRows.merge(importer.name(), outcome.committed(), Integer::sum);
                    for (RowProblem problem : outcome.problems()) {
                        if (problem.row() <= 0 || problem.field() == null || problem.field().isBlank()
                                || problem.message() == null || ENGLISH.matcher(problem.message()).find()) {
                            failures.add(importer.name() + " " + file.name() + ": a refused row without row, column "
                                    + "or a Vietnamese message: " + problem);
                        }
                        if (problem.message() != null && problem.message().contains(" ký tự")) {
                            tooLongRows.merge(importer.name(), 1, Integer::sum);
                        }
                    }
                } catch (UnreadableFileException | ValidationException | VersionConflictException e) {
                    refused++;
                    if (e.getMessage() == null || e.getMessage().isBlank() || ENGLISH.matcher(e.getMessage()).find()) {
                        failures.add(importer.name() + " " + file.name() + ": a refusal without a user's message: " + e.getMessage());
                    }
                    if (e instanceof UnreadableFileException && !e.getMessage().contains("\"" + file.name() + "\"")) {
                        failures.add(importer.name() + " " + file.name() + ": the refusal does not name the file: " + e.getMessage());
                    }
                    if (importer.written() != writtenBefore || units.directory(null, null).size() != unitsBefore) {
                        failures.add(importer.name() + " " + file.name() + ": a refused file wrote something");
                    }
                } catch (Throwable e) {
                    failures.add(importer.name() + " " + file.name() + ": " + e);
                }
                long millis = (System.nanoTime() - began) / 1_000_000;
                if (millis > slowest) {
                    slowest = millis;
                    slowestName = importer.name() + " " + file.name();
                }
                if (millis > EACH_FILE.toMillis()) {
                    failures.add(importer.name() + " " + file.name() + ": answered after " + millis + " ms");
                }
            }
        }

        System.out.println("hostile files: " + files.size() + " files × " + importers.size() + " importers, " + refused
                + " refused, " + committed + " rows committed, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.out.println("hostile files: slowest answer " + slowest + " ms (" + slowestName + ")");
        System.out.println("hostile files: rows refused for a value longer than its column " + tooLongRows);
        System.out.println("hostile files: rows committed " + committedRows);
        assertThat(failures).as("what went wrong").isEmpty();
        assertThat(tooLongRows).as("each importer refuses a value longer than its column as a row, in the preview")
                .containsOnlyKeys(importers.stream().map(Importer::name).toList());
        assertThat(committedRows).as("each importer commits the good rows of the well-formed files")
                .containsOnlyKeys(importers.stream().map(Importer::name).toList()).allSatisfy((importer, rows) -> assertThat(rows).as(importer).isPositive());
        assertThat(delegates.list(conference, DelegateFilter.all())).as("no hidden character is stored")
                .flatExtracting(Delegate::fullName, Delegate::unitName, Delegate::notes)
                .allSatisfy(text -> assertThat(text == null ? "" : text.toString()).doesNotContainPattern(
                        "[\\x00\\u200B-\\u200D\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]"));
        long heapAfter = usedHeapAfterGc();
        System.out.println("hostile files: heap used " + heapBefore / (1024 * 1024) + " MB before, "
                + heapAfter / (1024 * 1024) + " MB after");
        assertThat(heapAfter).as("heap after the suite, bytes").isLessThanOrEqualTo(heapBefore + HEAP_MARGIN);
    }

    private List<Importer> importers(long conference, long awards, long unitsAwards, String unitAccount) {
        return List.of(
                importer("đại biểu", file -> {
                    ImportPreview p = delegateImport.preview(conference, file.name(), file.bytes(), x -> { });
                    return new Outcome(p.problems(), p.count(ImportAction.ADD) + p.count(ImportAction.UPDATE) > 0
                            ? delegateImport.commit(p).added() : 0);
                }, () -> delegates.count(conference, DelegateFilter.all())),
                importer("điểm cầu", file -> {
                    List<PointImportRow> rows = pointImport.preview(conference, file.name(), file.bytes());
                    long changes = rows.stream().filter(r -> r.action() == ImportAction.ADD || r.action() == ImportAction.UPDATE).count();
                    if (changes > 0) {
                        pointImport.commit(conference, rows);
                    }
                    return new Outcome(rows.stream().flatMap(r -> r.problems().stream()).toList(), (int) changes);
                }, () -> points.list(conference).stream().mapToLong(MeetingPoint::version).sum() + points.list(conference).size()),
                importer("chương trình", file -> {
                    AgendaImportPreview p = agendaImport.preview(conference, file.name(), file.bytes());
                    return new Outcome(p.rows().stream().flatMap(r -> r.problems().stream()).toList(),
                            p.errors() == 0 ? agendaImport.commit(p, false) : 0);
                }, () -> agenda.agenda(conference).slots().size()),
                importer("đề nghị của một đơn vị", file -> runAs.role(unitAccount, AppRoles.UNIT, () -> {
                    NominationImportPreview p = nominationImport.preview(unitsAwards, file.name(), file.bytes(), null);
                    return new Outcome(p.problems(), p.count(ImportAction.ADD) > 0 ? nominationImport.commit(p).added() : 0);
                }), () -> nominations.list(unitsAwards, NominationFilter.ALL).size()),
                importer("đề nghị khen thưởng", file -> {
                    NominationImportPreview p = nominationImport.preview(awards, file.name(), file.bytes(), null);
                    return new Outcome(p.problems(), p.count(ImportAction.ADD) > 0 ? nominationImport.commit(p).added() : 0);
                }, () -> nominations.list(awards, NominationFilter.ALL).size()),
                importer("tham luận", file -> {
                    ContributionImportPreview p = contributionImport.preview(conference, file.name(), file.bytes());
                    return new Outcome(p.problems(), p.count(ImportAction.ADD) > 0 ? contributionImport.commit(p) : 0);
                }, () -> assignments.board(conference).contributions().size()));
    }

    private static Importer importer(String name, Function<Hostile, Outcome> importFile, LongSupplier written) {
        return new Importer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Outcome importFile(Hostile file) {
                return importFile.apply(file);
            }

            @Override
            public long written() {
                return written.getAsLong();
            }
        };
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
