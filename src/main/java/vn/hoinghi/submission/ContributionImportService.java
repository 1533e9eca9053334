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

    enum Column {
        ORDER("STT", "stt", "tt", "số thứ tự", "thứ tự"),
        UNIT("Đơn vị", "đơn vị", "đơn vị thực hiện", "đơn vị tham luận", "đơn vị chuẩn bị", "cơ quan", "cơ quan, đơn vị", "unit"),
        TOPIC("Nội dung tham luận", "nội dung tham luận", "nội dung", "chủ đề", "chủ đề tham luận", "tên tham luận",
                "đề tài", "topic"),
        DEADLINE("Hạn nộp", "hạn nộp", "thời hạn", "thời hạn nộp", "hạn gửi", "hạn", "ngày nộp", "deadline"),
        NOTES("Ghi chú", "ghi chú", "yêu cầu", "lưu ý", "notes");

        final String label;
        final List<String> synonyms;

        Column(String label, String... synonyms) {
            this.label = label;
            this.synonyms = List.of(synonyms);
        }
    }

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
                .orElseThrow(() -> new IllegalArgumentException("Không có hội nghị này."));
        Map<Column, List<String>> synonyms = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), Column.class,
                        synonyms, Column.UNIT)
                .filter(f -> f.columns().columns().containsKey(Column.TOPIC))
                .orElseThrow(() -> new UnreadableFileException("Không tìm thấy dòng tiêu đề có cột \"Đơn vị\" và \"Nội dung"
                        + " tham luận\" trong tệp \"" + fileName + "\". Hãy kiểm tra tệp có đúng là bảng phân công tham luận."));
        ColumnMap<Column> columns = found.columns();
        UnitNames directory = new UnitNames(units.find(null));
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
        auditLog.record("contribution.import", "conference", preview.conferenceId(), preview.fileName() + ": "
                + drafts.size() + " tham luận thêm, " + preview.count(ImportAction.UNCHANGED) + " đã có, "
                + preview.count(ImportAction.ERROR) + " dòng lỗi");
        return drafts.size();
    }

    private static String sameKey(Long unitId, String topic) {
        return unitId + "|" + SearchKey.fold(topic).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A row with only its number (a numbered but empty line at the end of the table). */
    private static boolean onlyOrder(ColumnMap<Column> columns, SourceRow r) {
        return columns.value(r, Column.UNIT) == null && columns.value(r, Column.TOPIC) == null
                && columns.value(r, Column.DEADLINE) == null;
    }

    private static ContributionImportRow parse(ColumnMap<Column> columns, SourceRow r, UnitNames directory,
                                               LocalDate conferenceDeadline) {
        int row = r.number();
        List<RowProblem> problems = new ArrayList<>();
        String unitText = columns.value(r, Column.UNIT);
        Optional<Unit> unit = directory.find(unitText);
        if (unitText != null && unit.isEmpty()) {
            problems.add(new RowProblem(row, Column.UNIT.label, "Không có đơn vị \"" + unitText + "\" trong danh mục đơn vị."
                    + " Hãy sửa tên trong tệp hoặc thêm đơn vị ở trang Đơn vị."));
        }
        String deadlineText = columns.value(r, Column.DEADLINE);
        LocalDate deadline = deadlineText == null ? conferenceDeadline : SheetDates.parse(deadlineText).orElse(null);
        if (deadlineText != null && deadline == null) {
            problems.add(new RowProblem(row, Column.DEADLINE.label, "Hạn nộp \"" + deadlineText
                    + "\" không phải một ngày (ghi như 26/10/2021)."));
        }
        AssignmentDraft draft = new AssignmentDraft(unit.map(Unit::id).orElse(null), columns.value(r, Column.TOPIC),
                deadline, columns.value(r, Column.NOTES));
        AssignmentService.problems(draft).forEach((field, message) -> {
            Column column = switch (field) {
                case "unitId" -> Column.UNIT;
                case "deadline" -> Column.DEADLINE;
                case "notes" -> Column.NOTES;
                default -> Column.TOPIC;
            };
            boolean reported = problems.stream().anyMatch(p -> p.field().equals(column.label));
            if (!reported) {
                problems.add(new RowProblem(row, column.label, column == Column.UNIT ? "Thiếu tên đơn vị." : message));
            }
        });
        String unitName = unit.map(Unit::name).orElse(unitText);
        return new ContributionImportRow(row, problems.isEmpty() ? ImportAction.ADD : ImportAction.ERROR, draft.unitId(),
                unitName, SearchKey.clean(draft.topic()), deadline, SearchKey.cleanLines(draft.notes()), List.copyOf(problems));
    }
}
