package vn.hoinghi.agenda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;

/**
 * Imports a programme ("Chương trình hội nghị") from .xlsx or .csv: a preview of every row — the item it makes
 * or, for a bad row, its row, column and a Vietnamese message — then all rows in one transaction, either
 * replacing the whole agenda or after its last item. A file with bad rows is not imported: an agenda with a
 * missing item would be wrong on the day.
 */
@Service
public class AgendaImportService {

    enum Column {
        ORDER("STT", "stt", "số thứ tự", "thứ tự", "tt", "no"),
        TITLE("Nội dung", "nội dung", "nội dung chương trình", "nội dung công việc", "tên mục", "tiêu đề", "nội dung hoạt động",
                "title", "item"),
        PRESENTER("Người thực hiện", "người thực hiện", "người trình bày", "người phát biểu", "thực hiện", "trình bày",
                "phụ trách", "người phụ trách", "presenter", "speaker"),
        UNIT("Đơn vị", "đơn vị", "đơn vị thực hiện", "cơ quan", "đơn vị trình bày", "unit"),
        MINUTES("Thời lượng (phút)", "thời lượng (phút)", "thời lượng", "số phút", "phút", "thời gian (phút)", "minutes",
                "duration"),
        KIND("Loại", "loại", "loại nội dung", "hình thức", "kind", "type"),
        POINT("Điểm cầu", "điểm cầu", "nơi phát", "nguồn", "nguồn phát", "point", "source"),
        SCRIPT("Lời dẫn", "lời dẫn", "kịch bản", "lời dẫn chương trình", "script"),
        NOTES("Ghi chú", "ghi chú", "notes", "note");

        final String label;
        final List<String> synonyms;

        Column(String label, String... synonyms) {
            this.label = label;
            this.synonyms = List.of(synonyms);
        }
    }

    /** "(từ điểm cầu huyện Đakrông)" in a title: the item comes from that point. */
    static final Pattern FROM_POINT = Pattern.compile(
            "\\s*[(\\[]\\s*(?:từ|tu|tại|tai)\\s+(?:điểm cầu|diem cau)\\s+([^)\\]]+?)\\s*[)\\]]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MINUTES = Pattern.compile("^(-?\\d+)(?:[.,]0+)?\\s*(?:phut|p|'|min|minutes)?$");
    private static final Map<String, Column> FIELDS = Map.of("kind", Column.KIND, "title", Column.TITLE,
            "presenter", Column.PRESENTER, "unitName", Column.UNIT, "plannedMinutes", Column.MINUTES,
            "script", Column.SCRIPT, "notes", Column.NOTES, "pointId", Column.POINT);

    private final AgendaService service;
    private final AgendaRepository agenda;
    private final PointService points;
    private final AuditLog auditLog;

    AgendaImportService(AgendaService service, AgendaRepository agenda, PointService points, AuditLog auditLog) {
        this.service = service;
        this.agenda = agenda;
        this.points = points;
        this.auditLog = auditLog;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public AgendaImportPreview preview(long conferenceId, String fileName, byte[] content) {
        Map<Column, List<String>> synonyms = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), Column.class,
                        synonyms, Column.TITLE)
                .orElseThrow(() -> new UnreadableFileException("Không tìm thấy dòng tiêu đề có cột \"Nội dung\" trong tệp \""
                        + fileName + "\". Hãy kiểm tra tệp có đúng là chương trình hội nghị."));
        ColumnMap<Column> columns = found.columns();
        List<MeetingPoint> pointList = points.list(conferenceId);
        List<AgendaImportRow> rows = new ArrayList<>();
        for (SourceRow r : found.rows()) {
            if (r.number() > columns.headerRow() && !r.blank()) {
                rows.add(parse(columns, r, pointList));
            }
        }
        if (rows.isEmpty()) {
            throw TabularFiles.noRows(fileName);
        }
        return new AgendaImportPreview(conferenceId, fileName, agenda.version(conferenceId),
                agenda.items(conferenceId).size(), rows);
    }

    /** Writes the previewed rows in one transaction; {@code replace} deletes the current items first. */
    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public int commit(AgendaImportPreview preview, boolean replace) {
        if (preview.errors() > 0) {
            throw new ValidationException(Map.of("file", "Tệp còn " + preview.errors()
                    + " dòng lỗi: hãy sửa tệp rồi tải lên lại. Chưa có gì được ghi."));
        }
        if (preview.rows().isEmpty()) {
            throw new ValidationException(Map.of("file", "Tệp không có mục nào."));
        }
        service.importItems(preview.conferenceId(), preview.agendaVersion(),
                preview.rows().stream().map(AgendaImportRow::draft).toList(), replace);
        auditLog.record("agenda.import", "conference", preview.conferenceId(), preview.fileName() + ": "
                + preview.rows().size() + " mục, " + (replace ? "thay thế " + preview.existingItems() + " mục cũ" : "thêm vào cuối"));
        return preview.rows().size();
    }

    private static AgendaImportRow parse(ColumnMap<Column> columns, SourceRow r, List<MeetingPoint> pointList) {
        int row = r.number();
        List<RowProblem> problems = new ArrayList<>();
        String title = columns.value(r, Column.TITLE);
        String pointText = columns.value(r, Column.POINT);
        Column pointColumn = Column.POINT;
        if (title != null) {
            Matcher m = FROM_POINT.matcher(title);
            if (m.find()) {
                if (pointText == null) {
                    pointText = m.group(1);
                    pointColumn = Column.TITLE;
                }
                title = SearchKey.clean(m.replaceFirst(" "));
            }
        }
        MeetingPoint point = null;
        if (pointText != null) {
            Optional<MeetingPoint> resolved = PointService.resolve(pointList, pointText);
            if (resolved.isEmpty()) {
                problems.add(new RowProblem(row, pointColumn.label, "Không có điểm cầu \"" + pointText
                        + "\" trong hội nghị. Hãy nhập danh sách điểm cầu trước hoặc sửa tên."));
            }
            point = resolved.filter(p -> !p.hall()).orElse(null);
        }
        String kindText = columns.value(r, Column.KIND);
        AgendaKind kind = null;
        if (kindText == null) {
            kind = title == null ? null : AgendaKind.guess(title);
        } else {
            kind = AgendaKind.parse(kindText).orElse(null);
            if (kind == null) {
                problems.add(new RowProblem(row, Column.KIND.label, "Loại \"" + kindText + "\" không rõ: hãy ghi một trong "
                        + Arrays.stream(AgendaKind.values()).map(AgendaKind::label).collect(Collectors.joining("; ")) + "."));
            }
        }
        String minutesText = columns.value(r, Column.MINUTES);
        Integer minutes = null;
        if (minutesText != null) {
            Matcher m = MINUTES.matcher(SearchKey.fold(minutesText));
            if (m.matches()) {
                minutes = Integer.valueOf(m.group(1));
            } else {
                problems.add(new RowProblem(row, Column.MINUTES.label,
                        "Thời lượng \"" + minutesText + "\" không phải số phút (ví dụ: 10)."));
            }
        }
        AgendaDraft draft = AgendaService.clean(new AgendaDraft(kind, title, null, columns.value(r, Column.PRESENTER),
                columns.value(r, Column.UNIT), minutes, point == null ? null : point.id(),
                columns.value(r, Column.SCRIPT), columns.value(r, Column.NOTES)), point == null ? null : point.id());
        boolean minutesReported = problems.stream().anyMatch(p -> p.field().equals(Column.MINUTES.label));
        boolean kindReported = problems.stream().anyMatch(p -> p.field().equals(Column.KIND.label))
                || draft.title() == null;
        AgendaService.problems(draft).forEach((field, message) -> {
            Column c = FIELDS.getOrDefault(field, Column.TITLE);
            if (!(c == Column.MINUTES && minutesReported) && !(c == Column.KIND && kindReported)) {
                problems.add(new RowProblem(row, c.label, message));
            }
        });
        return new AgendaImportRow(row, draft, point == null ? null : point.name(), problems);
    }
}
