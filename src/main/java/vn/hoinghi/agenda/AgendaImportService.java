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
import vn.hoinghi.base.Texts;
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
 * or, for a bad row, its row, column and a message — then all rows in one transaction, either
 * replacing the whole agenda or after its last item. A file with bad rows is not imported: an agenda with a
 * missing item would be wrong on the day.
 */
@Service
public class AgendaImportService {

    private static final Pattern MINUTES = Pattern.compile("^(-?\\d+)(?:[.,]0+)?\\s*(?:phut|p|'|min|minutes)?$");
    private static final Map<String, AgendaImportColumn> FIELDS = Map.of("kind", AgendaImportColumn.KIND,
            "title", AgendaImportColumn.TITLE, "presenter", AgendaImportColumn.PRESENTER,
            "unitName", AgendaImportColumn.UNIT, "plannedMinutes", AgendaImportColumn.MINUTES,
            "script", AgendaImportColumn.SCRIPT, "notes", AgendaImportColumn.NOTES, "pointId", AgendaImportColumn.POINT);

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
        Map<AgendaImportColumn, List<String>> synonyms = new EnumMap<>(AgendaImportColumn.class);
        for (AgendaImportColumn c : AgendaImportColumn.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), AgendaImportColumn.class,
                        synonyms, AgendaImportColumn.TITLE)
                .orElseThrow(() -> new UnreadableFileException(Texts.t("agenda.import.noHeader", fileName)));
        ColumnMap<AgendaImportColumn> columns = found.columns();
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
            throw new ValidationException(Map.of("file", Texts.t("agenda.import.rowsWithErrors", preview.errors())));
        }
        if (preview.rows().isEmpty()) {
            throw new ValidationException(Map.of("file", Texts.t("agenda.import.noItems")));
        }
        service.importItems(preview.conferenceId(), preview.agendaVersion(),
                preview.rows().stream().map(AgendaImportRow::draft).toList(), replace);
        auditLog.record("agenda.import", "conference", preview.conferenceId(), preview.fileName() + ": "
                + preview.rows().size() + " items, " + (replace ? "replacing " + preview.existingItems() : "appended"));
        return preview.rows().size();
    }

    private static AgendaImportRow parse(ColumnMap<AgendaImportColumn> columns, SourceRow r,
                                         List<MeetingPoint> pointList) {
        int row = r.number();
        List<RowProblem> problems = new ArrayList<>();
        String title = columns.value(r, AgendaImportColumn.TITLE);
        String pointText = columns.value(r, AgendaImportColumn.POINT);
        AgendaImportColumn pointColumn = AgendaImportColumn.POINT;
        if (title != null) {
            Matcher m = AgendaImportColumn.FROM_POINT.matcher(title);
            if (m.find()) {
                if (pointText == null) {
                    pointText = m.group(1);
                    pointColumn = AgendaImportColumn.TITLE;
                }
                title = SearchKey.clean(m.replaceFirst(" "));
            }
        }
        MeetingPoint point = null;
        if (pointText != null) {
            Optional<MeetingPoint> resolved = PointService.resolve(pointList, pointText);
            if (resolved.isEmpty()) {
                problems.add(new RowProblem(row, pointColumn.label,
                        Texts.t("agenda.import.unknownPoint", pointText)));
            } else if (!resolved.get().takesNew(null)) {
                problems.add(new RowProblem(row, pointColumn.label,
                        Texts.t("agenda.pointWithdrawn", resolved.get().name())));
            }
            point = resolved.filter(p -> !p.hall()).orElse(null);
        }
        String kindText = columns.value(r, AgendaImportColumn.KIND);
        AgendaKind kind = null;
        if (kindText == null) {
            kind = title == null ? null : AgendaKind.guess(title);
        } else {
            kind = AgendaKind.parse(kindText).orElse(null);
            if (kind == null) {
                String kinds = Arrays.stream(AgendaKind.values()).map(k -> Texts.t(k.key()))
                        .collect(Collectors.joining("; "));
                problems.add(new RowProblem(row, AgendaImportColumn.KIND.label,
                        Texts.t("agenda.import.unknownKind", kindText, kinds)));
            }
        }
        String minutesText = columns.value(r, AgendaImportColumn.MINUTES);
        Integer minutes = null;
        if (minutesText != null) {
            Matcher m = MINUTES.matcher(SearchKey.fold(minutesText));
            if (m.matches()) {
                minutes = Integer.valueOf(m.group(1));
            } else {
                problems.add(new RowProblem(row, AgendaImportColumn.MINUTES.label,
                        Texts.t("agenda.import.badMinutes", minutesText)));
            }
        }
        Long pointId = point == null ? null : point.id();
        AgendaDraft draft = AgendaService.clean(new AgendaDraft(kind, title, null,
                columns.value(r, AgendaImportColumn.PRESENTER), columns.value(r, AgendaImportColumn.UNIT), minutes, pointId,
                columns.value(r, AgendaImportColumn.SCRIPT), columns.value(r, AgendaImportColumn.NOTES)), pointId);
        boolean minutesReported = problems.stream().anyMatch(p -> p.field().equals(AgendaImportColumn.MINUTES.label));
        boolean kindReported = problems.stream().anyMatch(p -> p.field().equals(AgendaImportColumn.KIND.label))
                || draft.title() == null;
        AgendaService.problems(draft).forEach((field, message) -> {
            AgendaImportColumn c = FIELDS.getOrDefault(field, AgendaImportColumn.TITLE);
            boolean reported = c == AgendaImportColumn.MINUTES && minutesReported
                    || c == AgendaImportColumn.KIND && kindReported;
            if (!reported) {
                problems.add(new RowProblem(row, c.label, message));
            }
        });
        return new AgendaImportRow(row, draft, point == null ? null : point.name(), problems);
    }
}
