package vn.hoinghi.submission.report;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.CheckedFile;
import vn.hoinghi.submission.FileCheck;
import vn.hoinghi.submission.report.repository.ReportFieldRepository;
import vn.hoinghi.submission.report.repository.ReportTableRepository;
import vn.hoinghi.submission.report.repository.UnitReportRepository;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.unit.UnitService;

/**
 * A unit's report: its figures saved as a draft or submitted, and its narrative files. A unit's representative works
 * only on its own unit's report and only until the deadline; the committee on any, at any time. Each change carries
 * the version the page showed: two windows saving at once get a conflict message, never a mix of both. The figures
 * are checked whole before anything is written, and written in one transaction.
 * <p>
 * A submitted report stays editable until the deadline and stays submitted: a unit that finds a wrong figure
 * corrects it here rather than by a phone call and a second e-mail, and the committee's table always shows the
 * latest figures. After the deadline only the committee changes it.
 */
@Service
@Transactional
public class UnitReportService {


    private final UnitReportRepository reports;
    private final UnitReportReader reader;
    private final UnitService units;
    private final ReportFieldRepository fields;
    private final ReportTableRepository tables;
    private final ReportSettingsReader settings;
    private final ReportAccess access;
    private final FileCheck fileCheck;
    private final FileRepository files;
    private final AuditLog auditLog;
    private final Clock clock;

    UnitReportService(UnitReportRepository reports, UnitReportReader reader, UnitService units,
                      ReportFieldRepository fields, ReportTableRepository tables, ReportSettingsReader settings, ReportAccess access,
                      FileCheck fileCheck, FileRepository files, AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.reader = reader;
        this.units = units;
        this.fields = fields;
        this.tables = tables;
        this.settings = settings;
        this.access = access;
        this.fileCheck = fileCheck;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The signed-in unit representative's own report. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public ReportSheet mine(long conferenceId) {
        return of(conferenceId, access.ownUnit());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public ReportSheet of(long conferenceId, long unitId) {
        access.checkUnit(unitId);
        ReportSettings s = settings.of(conferenceId);
        String unitName = Optional.ofNullable(units.names(List.of(unitId)).get(unitId))
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.report.noUnit")));
        Optional<UnitReport> report = reader.find(conferenceId, unitId);
        return new ReportSheet(conferenceId, unitId, unitName, tables.form(conferenceId),
                s.outline(), s.deadline(), report.orElse(null),
                report.map(r -> reports.values(r.id())).orElse(Map.of()),
                report.map(r -> tables.cells(r.id())).orElse(Map.of()),
                report.map(r -> reports.files(r.id())).orElse(List.of()),
                ReportAccess.committee() || access.open(s.deadline()));
    }

    /**
     * Saves the figures and the table cells; the report keeps its status (a new one is a draft). Returns the new
     * version.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public int save(long conferenceId, long unitId, int version, ReportInput typed) {
        return write(conferenceId, unitId, version, typed, false);
    }

    /** {@link #save(long, long, int, ReportInput)} for a form without tables: the one-value rows only. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public int save(long conferenceId, long unitId, int version, Map<Long, String> figures) {
        return write(conferenceId, unitId, version, ReportInput.figures(figures), false);
    }

    /** Saves the figures and the table cells and submits the report; it needs a narrative file. Returns the new version. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public int submit(long conferenceId, long unitId, int version, ReportInput typed) {
        return write(conferenceId, unitId, version, typed, true);
    }

    /** {@link #submit(long, long, int, ReportInput)} for a form without tables: the one-value rows only. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public int submit(long conferenceId, long unitId, int version, Map<Long, String> figures) {
        return write(conferenceId, unitId, version, ReportInput.figures(figures), true);
    }

    /** Adds a narrative file (PDF or DOCX, checked by its content); earlier files are kept. Returns the new version. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public int attach(long conferenceId, long unitId, int version, String fileName, byte[] content) {
        checkCanChange(conferenceId, unitId);
        CheckedFile file = fileCheck.check(fileName, content);
        Instant now = clock.instant();
        UnitReport report = next(conferenceId, unitId, version, null, now);
        long fileId = files.insert(conferenceId, unitId, file, now, CurrentUser.usernameOrSystem());
        reports.addFile(report.id(), fileId);
        auditLog.record("report.file", "unit_report", report.id(), report.unitName() + ": " + file.fileName());
        return version + 1;
    }

    /** A narrative file's content, for the committee or the unit that sent it. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] file(long conferenceId, long storedFileId) {
        long unit = reports.unitOfFile(conferenceId, storedFileId)
                .orElseThrow(() -> new AccessDeniedException(Texts.t("submission.report.noSuchFile")));
        access.checkUnit(unit);
        return files.content(storedFileId);
    }

    private int write(long conferenceId, long unitId, int version, ReportInput typed, boolean submit) {
        checkCanChange(conferenceId, unitId);
        ReportForm form = tables.form(conferenceId);
        Figures.Read read = Figures.read(form, typed.figures());
        TableCells.Read cells = TableCells.read(form, typed.cells());
        Map<String, String> problems = new LinkedHashMap<>(read.problems());
        problems.putAll(cells.problems());
        Optional<UnitReport> before = reader.find(conferenceId, unitId);
        if (submit && before.map(UnitReport::narrative).isEmpty()) {
            problems.put(FileCheck.FIELD, Texts.t("submission.report.noFile"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UnitReport report = next(conferenceId, unitId, version, submit ? ReportStatus.SUBMITTED : null, clock.instant());
        reports.replaceValues(report.id(), read.values());
        tables.replaceCells(report.id(), cells.cells());
        auditLog.record(submit ? "report.submit" : "report.save", "unit_report", report.id(),
                Texts.in(Texts.VIETNAMESE, "submission.audit.reportValues", report.unitName(),
                        String.valueOf(read.values().size() + cells.cells().size())));
        return version + 1;
    }

    private void checkCanChange(long conferenceId, long unitId) {
        access.checkUnit(unitId);
        units.checkServes(conferenceId, List.of(unitId), "unit");
        access.checkCanChange(settings.of(conferenceId).deadline());
    }

    /**
     * The report (made if new) moved to its next version, if the page saw the current one; {@code status} null keeps
     * its status. An existing report is changed by one UPDATE on its version, so two saves at once queue on its row
     * and the second finds the version moved; only a new report goes through the insert.
     */
    private UnitReport next(long conferenceId, long unitId, int version, ReportStatus status, Instant now) {
        UnitReport current = reader.find(conferenceId, unitId).orElseGet(() -> {
            reports.ensure(conferenceId, unitId, now);
            return reader.find(conferenceId, unitId).orElseThrow();
        });
        if (current.version() != version
                || !reports.change(current.id(), version, status == null ? current.status() : status, now,
                CurrentUser.usernameOrSystem())) {
            throw new VersionConflictException(Texts.t("submission.report.conflict"));
        }
        return current;
    }
}
