package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.report.repository.ReportFieldRepository;
import vn.hoinghi.submission.report.repository.ReportTableRepository;
import vn.hoinghi.submission.report.repository.UnitReportRepository;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/**
 * The committee's view of the units' reports: who has submitted, who is drafting, who has not started; the
 * province-wide table summing the figures of the submitted reports (drafts only when asked, marked as such); and
 * that table as .xlsx and PDF.
 */
@Service
@Transactional(readOnly = true)
public class ReportSummaryService {

    private static final List<ReportStatus> SUBMITTED = List.of(ReportStatus.SUBMITTED);
    private static final List<ReportStatus> ALL = List.of(ReportStatus.SUBMITTED, ReportStatus.DRAFT);

    private final UnitReportRepository reports;
    private final UnitReportReader reader;
    private final ReportFieldRepository fields;
    private final ReportTableRepository tables;
    private final ReportSettingsReader settings;
    private final UnitService units;
    private final Clock clock;

    ReportSummaryService(UnitReportRepository reports, UnitReportReader reader, ReportFieldRepository fields, ReportTableRepository tables,
                         ReportSettingsReader settings, UnitService units, Clock clock) {
        this.reports = reports;
        this.reader = reader;
        this.fields = fields;
        this.tables = tables;
        this.settings = settings;
        this.units = units;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public ReportProgress progress(long conferenceId) {
        ReportSettings s = settings.of(conferenceId);
        Map<Long, UnitReport> byUnit = new HashMap<>();
        reader.reports(conferenceId, ALL).forEach(r -> byUnit.put(r.unitId(), r));
        Set<Long> expected = s.expectedUnitIds();
        List<ReportProgress.Row> rows = new ArrayList<>();
        for (Unit unit : units.find(conferenceId, null)) {
            UnitReport report = byUnit.get(unit.id());
            if (report != null || expected.contains(unit.id())) {
                rows.add(new ReportProgress.Row(unit.id(), unit.name(), expected.contains(unit.id()),
                        report == null ? ReportStatus.NOT_STARTED : report.status(), report));
            }
        }
        rows.sort(Comparator.comparing(ReportProgress.Row::unitName, Collator.getInstance(PdfFonts.VIETNAMESE)));
        return new ReportProgress(conferenceId, s.deadline(), rows);
    }

    /** The table over the submitted reports, or over every started one with {@code includeDrafts}. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public ReportTable table(long conferenceId, boolean includeDrafts) {
        settings.conference(conferenceId);
        List<ReportStatus> statuses = includeDrafts ? ALL : SUBMITTED;
        List<UnitReport> columns = reader.reports(conferenceId, statuses);
        Map<Long, BigDecimal> totals = new HashMap<>();
        reports.totals(conferenceId, statuses).forEach((field, sum) -> totals.put(field, sum.stripTrailingZeros()));
        ReportForm form = tables.form(conferenceId);
        List<Long> ids = columns.stream().map(UnitReport::id).toList();
        Map<Long, Map<CellKey, FieldValue>> cells = new HashMap<>();
        tables.cells(ids).forEach((report, typed) -> cells.put(report, TableCells.of(form, typed)));
        return new ReportTable(form, columns, reports.values(ids), totals,
                TableCells.sums(form, tables.sums(conferenceId, statuses)), cells, includeDrafts, clock.instant());
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] xlsx(long conferenceId, boolean includeDrafts) {
        return ReportWorkbook.write(conference(conferenceId), table(conferenceId, includeDrafts), progress(conferenceId));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId, boolean includeDrafts) {
        return ReportTablePdf.write(conference(conferenceId), table(conferenceId, includeDrafts), progress(conferenceId));
    }

    private Conference conference(long conferenceId) {
        return settings.conference(conferenceId);
    }
}
