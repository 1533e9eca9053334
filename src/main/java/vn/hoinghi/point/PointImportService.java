package vn.hoinghi.point;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.security.AppRoles;

/** Imports the remote points sheet ("Danh sách điểm cầu"): preview, then all rows in one transaction. */
@Service
public class PointImportService {

    enum Column {
        NAME("Tên điểm cầu", "tên điểm cầu", "điểm cầu", "tên", "name"),
        HOST("Đơn vị chủ trì", "đơn vị chủ trì", "đơn vị", "chủ trì", "host"),
        ROOM("Địa điểm", "địa điểm", "phòng họp", "địa chỉ", "room", "address"),
        TECHNICIAN("Cán bộ kỹ thuật", "cán bộ kỹ thuật", "kỹ thuật", "kỹ thuật viên", "người phụ trách", "technician"),
        PHONE("Điện thoại", "điện thoại", "sđt", "số điện thoại", "đt", "phone"),
        EXPECTED("Số đại biểu dự kiến", "số đại biểu dự kiến", "số đại biểu", "số lượng", "dự kiến", "expected"),
        LINK("Đường dẫn phòng họp", "đường dẫn phòng họp", "đường dẫn", "link", "liên kết", "meeting link", "url");

        final String label;
        final List<String> synonyms;

        Column(String label, String... synonyms) {
            this.label = label;
            this.synonyms = List.of(synonyms);
        }
    }

    private static final Map<String, Column> FIELDS = Map.of("name", Column.NAME, "hostUnitName", Column.HOST,
            "room", Column.ROOM, "technician", Column.TECHNICIAN, "technicianPhone", Column.PHONE,
            "expectedAttendees", Column.EXPECTED, "meetingLink", Column.LINK);

    private final PointService points;

    PointImportService(PointService points) {
        this.points = points;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointImportRow> preview(long conferenceId, String fileName, byte[] content) {
        Map<Column, List<String>> synonyms = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            synonyms.put(c, c.synonyms);
        }
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content), Column.class,
                        synonyms, Column.NAME)
                .orElseThrow(() -> new UnreadableFileException(
                        "Không tìm thấy dòng tiêu đề có cột \"Tên điểm cầu\" trong tệp \"" + fileName + "\"."));
        List<SourceRow> source = found.rows();
        ColumnMap<Column> columns = found.columns();
        List<MeetingPoint> existing = points.list(conferenceId);
        Map<String, Integer> seen = new HashMap<>();
        List<PointImportRow> rows = new ArrayList<>();
        for (SourceRow r : source) {
            if (r.number() <= columns.headerRow() || r.blank()) {
                continue;
            }
            rows.add(decide(r.number(), draft(columns, r), existing, seen));
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

    private static PointDraft draft(ColumnMap<Column> c, SourceRow r) {
        String expected = c.value(r, Column.EXPECTED);
        Integer count = null;
        if (expected != null) {
            try {
                count = Integer.valueOf(expected.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                count = -1;
            }
        }
        String phone = c.value(r, Column.PHONE);
        return new PointDraft(c.value(r, Column.NAME), c.value(r, Column.HOST), c.value(r, Column.ROOM),
                c.value(r, Column.TECHNICIAN), Phones.normalize(phone).orElse(phone), count, c.value(r, Column.LINK));
    }

    private static PointImportRow decide(int number, PointDraft d, List<MeetingPoint> existing, Map<String, Integer> seen) {
        List<RowProblem> problems = new ArrayList<>();
        PointService.problems(d).forEach((field, message) ->
                problems.add(new RowProblem(number, FIELDS.getOrDefault(field, Column.NAME).label, message)));
        if (!problems.isEmpty()) {
            return new PointImportRow(number, ImportAction.ERROR, d, null, null, problems);
        }
        String key = PointNames.key(d.name());
        Integer first = seen.putIfAbsent(key, number);
        if (first != null) {
            return new PointImportRow(number, ImportAction.ERROR, d, null, null,
                    List.of(new RowProblem(number, Column.NAME.label, "Trùng với điểm cầu ở dòng " + first + ".")));
        }
        MeetingPoint match = existing.stream().filter(p -> !p.hall() && PointNames.key(p.name()).equals(key))
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
                && Objects.equals(SearchKey.clean(d.meetingLink()), match.meetingLink());
        return new PointImportRow(number, same ? ImportAction.UNCHANGED : ImportAction.UPDATE, d, match.id(),
                match.version(), List.of());
    }
}
