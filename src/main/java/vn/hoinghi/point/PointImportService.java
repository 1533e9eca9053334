package vn.hoinghi.point;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.security.AppRoles;

/** Imports the remote points sheet ("Danh sách điểm cầu"): preview, then all rows in one transaction. */
@Service
public class PointImportService {

    private static final Map<String, PointImportColumn> FIELDS = Map.of("name", PointImportColumn.NAME,
            "hostUnitName", PointImportColumn.HOST, "room", PointImportColumn.ROOM,
            "technician", PointImportColumn.TECHNICIAN, "technicianPhone", PointImportColumn.PHONE,
            "expectedAttendees", PointImportColumn.EXPECTED, "meetingLink", PointImportColumn.LINK,
            "cluster", PointImportColumn.CLUSTER, "kind", PointImportColumn.KIND,
            "technicianEmail", PointImportColumn.EMAIL);

    private final PointService points;

    PointImportService(PointService points) {
        this.points = points;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointImportRow> preview(long conferenceId, String fileName, byte[] content) {
        Map<PointImportColumn, List<String>> synonyms = new EnumMap<>(PointImportColumn.class);
        for (PointImportColumn c : PointImportColumn.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), PointImportColumn.class,
                        synonyms, PointImportColumn.NAME)
                .orElseThrow(() -> new UnreadableFileException(Texts.t("point.import.noHeader", fileName)));
        List<SourceRow> source = found.rows();
        ColumnMap<PointImportColumn> columns = found.columns();
        List<MeetingPoint> existing = points.list(conferenceId);
        Map<String, Integer> seen = new HashMap<>();
        List<PointImportRow> rows = new ArrayList<>();
        for (SourceRow r : source) {
            if (r.number() <= columns.headerRow() || r.blank() || PointSheetRows.notAPoint(columns, r)) {
                continue;
            }
            rows.add(decide(r.number(), draft(columns, r), PointSheetRows.kindProblem(columns, r), existing, seen));
        }
        if (rows.isEmpty()) {
            throw TabularFiles.noRows(fileName);
        }
        return rows;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public void commit(long conferenceId, List<PointImportRow> rows) {
        for (PointImportRow row : rows) {
            switch (row.action()) {
                case ADD -> points.create(conferenceId, row.draft());
                case UPDATE -> points.update(row.matchedId(), row.matchedVersion(), row.draft());
                default -> { }
            }
        }
    }

    private static PointDraft draft(ColumnMap<PointImportColumn> c, SourceRow r) {
        String expected = c.value(r, PointImportColumn.EXPECTED);
        Integer count = null;
        if (expected != null) {
            try {
                count = Integer.valueOf(expected.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                count = -1;
            }
        }
        String phone = c.value(r, PointImportColumn.PHONE);
        return new PointDraft(c.value(r, PointImportColumn.NAME), c.value(r, PointImportColumn.HOST),
                c.value(r, PointImportColumn.ROOM), c.value(r, PointImportColumn.TECHNICIAN),
                Phones.normalize(phone).orElse(phone), count, c.value(r, PointImportColumn.LINK),
                c.value(r, PointImportColumn.CLUSTER), PointKind.read(c.value(r, PointImportColumn.KIND)).orElse(null),
                c.value(r, PointImportColumn.EMAIL));
    }

    private static PointImportRow decide(int number, PointDraft d, Optional<RowProblem> kindProblem,
                                         List<MeetingPoint> existing, Map<String, Integer> seen) {
        List<RowProblem> problems = new ArrayList<>();
        kindProblem.ifPresent(problems::add);
        PointService.problems(d).forEach((field, message) ->
                problems.add(new RowProblem(number, FIELDS.getOrDefault(field, PointImportColumn.NAME).label, message)));
        if (!problems.isEmpty()) {
            return new PointImportRow(number, ImportAction.ERROR, d, null, null, problems);
        }
        boolean hall = d.kind() == PointKind.HALL || PointService.isHallName(d.name());
        String key = hall ? "" : PointNames.key(d.name());
        Integer first = seen.putIfAbsent(key, number);
        if (first != null) {
            return new PointImportRow(number, ImportAction.ERROR, d, null, null,
                    List.of(new RowProblem(number, PointImportColumn.NAME.label,
                            Texts.t("point.import.duplicateRow", String.valueOf(first)))));
        }
        MeetingPoint match = existing.stream().filter(p -> hall ? p.hall() : !p.hall() && PointNames.key(p.name()).equals(key))
                .findFirst().orElse(null);
        if (match == null) {
            return new PointImportRow(number, ImportAction.ADD, d, null, null, List.of());
        }
        boolean same = Objects.equals(SearchKey.clean(d.name()), match.name())
                && Objects.equals(SearchKey.fold(d.hostUnitName()), SearchKey.fold(match.hostUnitName()))
                && Objects.equals(SearchKey.clean(d.room()), match.room())
                && Objects.equals(SearchKey.clean(d.technician()), match.technician())
                && Objects.equals(SearchKey.clean(d.technicianPhone()), match.technicianPhone())
                && (d.expectedAttendees() == null ? 0 : d.expectedAttendees()) == match.expectedAttendees()
                && Objects.equals(SearchKey.clean(d.meetingLink()), match.meetingLink())
                && Objects.equals(SearchKey.clean(d.cluster()), match.cluster())
                && (d.kind() == null || d.kind() == match.kind())
                && Objects.equals(SearchKey.clean(d.technicianEmail()), match.technicianEmail());
        return new PointImportRow(number, same ? ImportAction.UNCHANGED : ImportAction.UPDATE, d, match.id(),
                match.version(), List.of());
    }
}
