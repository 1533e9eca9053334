package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitNames;
import vn.hoinghi.unit.UnitService;

/**
 * Imports the units' proposal sheets (.xlsx or .csv) as the delegate importer does: a preview first — rows to add,
 * rows already proposed, rows refused with their row and field named — then everything in one transaction. Title
 * rows, headers on two rows, headings such as "I. TẬP THỂ", types written "Tập thể"/"Cá nhân" and proposing units
 * written "UBND" or "Ủy ban nhân dân" are all read. A unit's representative imports only for its own unit.
 */
@Service
public class NominationImportService {

    private final UnitService units;
    private final AwardAccess access;
    private final QuotaRepository quotas;
    private final NominationReader nominations;
    private final NominationStore store;
    private final AuditLog auditLog;

    NominationImportService(UnitService units, AwardAccess access, QuotaRepository quotas,
                            NominationReader nominations, NominationStore store, AuditLog auditLog) {
        this.units = units;
        this.access = access;
        this.quotas = quotas;
        this.nominations = nominations;
        this.store = store;
        this.auditLog = auditLog;
    }

    /**
     * Reads the file and says what importing it would do. {@code defaultUnitId} is the proposing unit of rows that
     * name none (a unit's own sheet); for a unit's representative it is always their unit.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public NominationImportPreview preview(long conferenceId, String fileName, byte[] content, Long defaultUnitId) {
        Long scope = access.unitScope();
        List<Quota> quotaList = quotas.quotas(conferenceId);
        if (quotaList.isEmpty()) {
            throw new UnreadableFileException(Texts.t("award.import.noQuotas"));
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content),
                        NominationColumn.class, NominationColumn.synonyms(), NominationColumn.NAME)
                .orElseThrow(() -> new UnreadableFileException(Texts.t("award.import.noHeader",
                        NominationColumn.NAME.label, fileName)));
        ColumnMap<NominationColumn> columns = found.columns();
        if (scope == null && defaultUnitId != null) {
            units.checkServes(conferenceId, List.of(defaultUnitId), "defaultUnit");
        }
        UnitNames proposers = new UnitNames(units.find(conferenceId, null));
        Long defaultUnit = scope != null ? scope : defaultUnitId != null ? defaultUnitId
                : columns.columns().containsKey(NominationColumn.PROPOSER) ? null : issuer(found.rows(), columns, proposers);
        Unit ownUnit = scope == null ? null : units.get(List.of(scope)).values().stream().findFirst().orElseThrow();
        String defaultName = defaultUnit == null ? null
                : units.get(List.of(defaultUnit)).values().stream().map(Unit::name).findFirst().orElse(null);
        NominationMatcher matcher = new NominationMatcher(nominations.find(conferenceId, NominationFilter.ALL, scope));
        SheetSections.Heading context = new SheetSections.Heading(null, quotaList.stream().map(Quota::form).distinct()
                .count() == 1 ? quotaList.getFirst().form() : null);
        List<NominationImportRow> rows = new ArrayList<>();
        for (SourceRow source : found.rows()) {
            if (source.number() <= columns.headerRow() || source.blank() || SheetSections.footer(source)) {
                continue;
            }
            Optional<SheetSections.Heading> heading = SheetSections.heading(source, columns, quotaList);
            if (heading.isPresent()) {
                context = merge(context, heading.get());
                continue;
            }
            if (columns.value(source, NominationColumn.NAME) == null
                    && columns.value(source, NominationColumn.ACHIEVEMENT) == null) {
                continue; // a note or a stray cell: nothing is proposed on this row
            }
            rows.add(matcher.decide(parse(columns, source, context, quotaList, proposers, defaultName, ownUnit)));
        }
        if (rows.isEmpty()) {
            throw TabularFiles.noRows(fileName);
        }
        return new NominationImportPreview(conferenceId, fileName, columns.headerRow(), defaultUnit, rows);
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public NominationImportResult commit(NominationImportPreview preview) {
        long conferenceId = preview.conferenceId();
        access.checkServes(conferenceId);
        access.checkBeforeDeadline(conferenceId);
        Long scope = access.unitScope();
        quotas.lockSettings(conferenceId);
        List<Quota> quotaList = quotas.quotas(conferenceId);
        // Checked again under the lock: a proposal stored since the preview is not added twice.
        NominationMatcher matcher = new NominationMatcher(nominations.find(conferenceId, NominationFilter.ALL, scope));
        List<NominationImportRow> adds = preview.rows(ImportAction.ADD).stream()
                .map(matcher::decide).filter(r -> r.action() == ImportAction.ADD).toList();
        Map<String, Long> unitIds = scope == null ? unitIds(conferenceId, adds) : Map.of();
        List<NominationStore.NewNomination> news = new ArrayList<>(adds.size());
        for (NominationImportRow r : adds) {
            Quota quota = NominationRules.quota(quotaList, r.form(), r.type()).orElseThrow(() -> new VersionConflictException(
                    Texts.t("award.import.quotasChanged")));
            long unitId = scope != null ? scope : unitIds.get(LooseKey.of(r.proposingUnit()));
            news.add(new NominationStore.NewNomination(new NominationValues(quota.id(), unitId, r.fullName(), r.title(),
                    r.workUnit(), r.achievement()), AwardAudit.importedRow(r.type(), quota.form(), r.fullName(),
                    Nomination.titleAndUnit(r.title(), r.workUnit()), r.proposingUnit(), preview.fileName(), r.row())));
        }
        store.add(conferenceId, news);
        var result = new NominationImportResult(adds.size(), preview.rows().size() - adds.size()
                - (int) preview.count(ImportAction.ERROR), (int) preview.count(ImportAction.ERROR));
        auditLog.record("nomination.import", AwardHistoryService.SETTINGS, conferenceId,
                AwardAudit.imported(preview.fileName(), result));
        return result;
    }

    /**
     * A unit's own sheet names no proposing unit in its rows but says who it is above the table
     * ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ"): the first unit of the directory named there.
     */
    private static Long issuer(List<SourceRow> rows, ColumnMap<NominationColumn> columns, UnitNames proposers) {
        return rows.stream().filter(r -> r.number() < columns.headerRow()).flatMap(r -> r.cells().stream())
                .map(proposers::find).flatMap(Optional::stream).map(Unit::id).findFirst().orElse(null);
    }

    /** The proposing units' ids by loose name: the directory's, and new ones made for names it does not have. */
    private Map<String, Long> unitIds(long conferenceId, List<NominationImportRow> rows) {
        UnitNames known = new UnitNames(units.find(conferenceId, null));
        Map<String, Long> ids = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (NominationImportRow r : rows) {
            known.find(r.proposingUnit()).ifPresentOrElse(u -> ids.put(LooseKey.of(r.proposingUnit()), u.id()),
                    () -> missing.add(r.proposingUnit()));
        }
        if (!missing.isEmpty()) {
            Map<String, Long> created = units.findOrCreateAll(conferenceId, missing);
            missing.forEach(name -> ids.put(LooseKey.of(name), created.get(SearchKey.fold(SearchKey.clean(name)))));
        }
        return ids;
    }

    private static SheetSections.Heading merge(SheetSections.Heading context, SheetSections.Heading heading) {
        return new SheetSections.Heading(heading.type() != null ? heading.type() : context.type(),
                heading.form() != null ? heading.form() : context.form());
    }

    private static NominationImportRow parse(ColumnMap<NominationColumn> columns, SourceRow source,
                                             SheetSections.Heading context, List<Quota> quotaList,
                                             UnitNames proposers, String defaultUnit, Unit ownUnit) {
        String typeText = columns.value(source, NominationColumn.TYPE);
        RecipientType type = typeText == null ? context.type() : RecipientType.parse(typeText).orElse(null);
        String form = columns.value(source, NominationColumn.FORM);
        form = form != null ? form : context.form();
        String proposerText = columns.value(source, NominationColumn.PROPOSER);
        proposerText = proposerText != null ? proposerText : defaultUnit;
        Optional<Unit> proposer = proposers.find(proposerText);
        var draft = new NominationDraft(type, form, proposerText == null ? null : proposer.map(Unit::id).orElse(-1L),
                columns.value(source, NominationColumn.NAME), columns.value(source, NominationColumn.TITLE),
                columns.value(source, NominationColumn.WORK_UNIT), columns.value(source, NominationColumn.ACHIEVEMENT));
        NominationRules.Checked c = NominationRules.check(draft, quotaList);
        int row = source.number();
        List<RowProblem> problems = new ArrayList<>();
        c.errors().forEach((field, message) -> problems.add(new RowProblem(row, NominationColumn.ofField(field).label,
                field.equals("type") && typeText != null ? Texts.t("award.import.unclearType", typeText) : message)));
        List<String> warnings = new ArrayList<>();
        String proposerTooLong = proposer.isEmpty()
                ? Lengths.tooLong(SearchKey.clean(proposerText), UnitService.MAX_NAME, Texts.t("award.import.proposerName")) : null;
        if (ownUnit != null && proposerText != null && proposer.filter(u -> u.id() == ownUnit.id()).isEmpty()) {
            problems.add(new RowProblem(row, NominationColumn.PROPOSER.label, Texts.t("award.import.otherUnit", ownUnit.name(),
                    proposerText)));
        } else if (proposerTooLong != null) {
            problems.add(new RowProblem(row, NominationColumn.PROPOSER.label, proposerTooLong));
        } else if (proposerText != null && proposer.isEmpty()) {
            warnings.add(Texts.t("award.import.newProposer", SearchKey.clean(proposerText)));
        }
        return new NominationImportRow(row, problems.isEmpty() ? ImportAction.ADD : ImportAction.ERROR, c.type(),
                c.quota() == null ? SearchKey.clean(form) : c.quota().form(),
                proposer.map(Unit::name).orElse(SearchKey.clean(proposerText)), c.fullName(), c.title(), c.workUnit(),
                c.achievement(), List.copyOf(warnings), List.copyOf(problems));
    }
}
