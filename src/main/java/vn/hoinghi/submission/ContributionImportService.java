package vn.hoinghi.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
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
 * Imports the plan's table of contributions ("Phân công chuẩn bị tham luận": STT, Đơn vị, Nội dung tham luận, Hạn
 * nộp, Ghi chú) from .xlsx or .csv: a preview of the rows to add, those already assigned and those refused — an
 * unknown unit or a bad date, with row, column and a Vietnamese message — then the good rows in one transaction.
 * Units are found in the directory whatever the diacritics, case or spacing; none is made up.
 */
@Service
public class ContributionImportService {

    private final AssignmentService assignments;
    private final ContributionReader contributions;
    private final ConferenceService conferences;
    private final UnitService units;
    private final AuditLog auditLog;

    ContributionImportService(AssignmentService assignments, ContributionReader contributions,
                              ConferenceService conferences, UnitService units, AuditLog auditLog) {
        this.assignments = assignments;
        this.contributions = contributions;
        this.conferences = conferences;
        this.units = units;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public ContributionImportPreview preview(long conferenceId, String fileName, byte[] content) {
        Conference conference = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.noConference")));
        Map<ContributionColumn, List<String>> synonyms = new EnumMap<>(ContributionColumn.class);
        for (ContributionColumn c : ContributionColumn.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), ContributionColumn.class,
                        synonyms, ContributionColumn.UNIT)
                .filter(f -> f.columns().columns().containsKey(ContributionColumn.TOPIC))
                .orElseThrow(() -> new UnreadableFileException(Texts.t("submission.import.noHeader", fileName)));
        ColumnMap<ContributionColumn> columns = found.columns();
        UnitNames directory = new UnitNames(units.find(conferenceId, null));
        Set<String> assigned = new HashSet<>();
        contributions.list(conferenceId, null).forEach(c -> assigned.add(sameKey(c.unitId(), c.topic())));
        List<ContributionImportRow> rows = new ArrayList<>();
        for (SourceRow r : found.rows()) {
            if (r.number() > columns.headerRow() && !r.blank() && !onlyOrder(columns, r)) {
                ContributionImportRow row = parse(columns, r, directory, conference.submissionDeadline());
                boolean again = row.action() == ImportAction.ADD && !assigned.add(sameKey(row.unitId(), row.topic()));
                rows.add(again ? new ContributionImportRow(row.row(), ImportAction.UNCHANGED, row.unitId(), row.unitName(),
                        row.topic(), row.deadline(), row.notes(), List.of()) : row);
            }
        }
        if (rows.isEmpty()) {
            throw TabularFiles.noRows(fileName);
        }
        return new ContributionImportPreview(conferenceId, fileName, rows);
    }

    /** Adds the rows to add, in the file's order, in one transaction; refused and unchanged rows are left. */
    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public int commit(ContributionImportPreview preview) {
        Set<String> assigned = new HashSet<>();
        contributions.list(preview.conferenceId(), null).forEach(c -> assigned.add(sameKey(c.unitId(), c.topic())));
        // Checked again at commit: a row assigned since the preview (by hand or a second import) is not added twice.
        List<AssignmentDraft> drafts = preview.rows(ImportAction.ADD).stream()
                .filter(r -> assigned.add(sameKey(r.unitId(), r.topic()))).map(ContributionImportRow::draft).toList();
        if (!drafts.isEmpty()) {
            assignments.add(preview.conferenceId(), drafts);
        }
        // An audit detail is Vietnamese whatever the page's language (decision 023).
        auditLog.record("contribution.import", "conference", preview.conferenceId(), Texts.in(Texts.VIETNAMESE,
                "submission.audit.import", preview.fileName(), String.valueOf(drafts.size()),
                String.valueOf(preview.count(ImportAction.UNCHANGED)),
                String.valueOf(preview.count(ImportAction.ERROR))));
        return drafts.size();
    }

    private static String sameKey(Long unitId, String topic) {
        return unitId + "|" + SearchKey.fold(topic).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A row with only its number (a numbered but empty line at the end of the table). */
    private static boolean onlyOrder(ColumnMap<ContributionColumn> columns, SourceRow r) {
        return columns.value(r, ContributionColumn.UNIT) == null && columns.value(r, ContributionColumn.TOPIC) == null
                && columns.value(r, ContributionColumn.DEADLINE) == null;
    }

    private static ContributionImportRow parse(ColumnMap<ContributionColumn> columns, SourceRow r, UnitNames directory,
                                               LocalDate conferenceDeadline) {
        int row = r.number();
        List<RowProblem> problems = new ArrayList<>();
        String unitText = columns.value(r, ContributionColumn.UNIT);
        Optional<Unit> unit = directory.find(unitText);
        if (unitText != null && unit.isEmpty()) {
            problems.add(new RowProblem(row, ContributionColumn.UNIT.label, Texts.t("submission.import.unknownUnit",
                    unitText)));
        }
        String deadlineText = columns.value(r, ContributionColumn.DEADLINE);
        LocalDate deadline = deadlineText == null ? conferenceDeadline : SheetDates.parse(deadlineText).orElse(null);
        if (deadlineText != null && deadline == null) {
            problems.add(new RowProblem(row, ContributionColumn.DEADLINE.label, Texts.t("submission.import.badDeadline",
                    deadlineText)));
        }
        AssignmentDraft draft = new AssignmentDraft(unit.map(Unit::id).orElse(null),
                columns.value(r, ContributionColumn.TOPIC), deadline, columns.value(r, ContributionColumn.NOTES));
        AssignmentService.problems(draft).forEach((field, message) -> {
            ContributionColumn column = switch (field) {
                case "unitId" -> ContributionColumn.UNIT;
                case "deadline" -> ContributionColumn.DEADLINE;
                case "notes" -> ContributionColumn.NOTES;
                default -> ContributionColumn.TOPIC;
            };
            boolean reported = problems.stream().anyMatch(p -> p.field().equals(column.label));
            if (!reported) {
                problems.add(new RowProblem(row, column.label,
                        column == ContributionColumn.UNIT ? Texts.t("submission.import.unitMissing") : message));
            }
        });
        String unitName = unit.map(Unit::name).orElse(unitText);
        return new ContributionImportRow(row, problems.isEmpty() ? ImportAction.ADD : ImportAction.ERROR, draft.unitId(),
                unitName, SearchKey.clean(draft.topic()), deadline, SearchKey.cleanLines(draft.notes()), List.copyOf(problems));
    }
}
