package vn.hoinghi.delegate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.RowProblem;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.unit.UnitService;

/**
 * Imports an office's delegate sheet (.xlsx or .csv): preview first — rows to add, to update, unchanged
 * and refused, each refusal naming its row and field — then commit everything in one transaction.
 * A row matches an existing delegate by phone, then e-mail, then name + unit. Empty cells keep what is stored.
 */
@Service
public class DelegateImportService {

    private final DelegateRepository delegates;
    private final DelegateService delegateService;
    private final PointService points;
    private final UnitService units;
    private final AuditLog auditLog;

    DelegateImportService(DelegateRepository delegates, DelegateService delegateService, PointService points,
                          UnitService units, AuditLog auditLog) {
        this.delegates = delegates;
        this.delegateService = delegateService;
        this.points = points;
        this.units = units;
        this.auditLog = auditLog;
    }

    @Transactional
    @PreAuthorize(DelegateService.COMMITTEE)
    public ImportPreview preview(long conferenceId, String fileName, byte[] content, DoubleConsumer progress) {
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, new ByteArrayInputStream(content)),
                        DelegateColumn.class, DelegateColumn.synonyms(), DelegateColumn.NAME)
                .orElseThrow(() -> new UnreadableFileException("Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong tệp \""
                        + fileName + "\". Hãy kiểm tra tệp có đúng là danh sách đại biểu."));
        List<SourceRow> source = found.rows();
        ColumnMap<DelegateColumn> columns = found.columns();
        List<MeetingPoint> pointList = points.list(conferenceId);
        Matcher matcher = new Matcher(delegates.everyone(conferenceId));
        List<SourceRow> data = source.stream().filter(r -> r.number() > columns.headerRow() && !r.blank()).toList();
        List<ImportRow> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            rows.add(matcher.decide(parse(columns, data.get(i), pointList)));
            if (i % 250 == 0) {
                progress.accept((double) i / data.size());
            }
        }
        progress.accept(1);
        return new ImportPreview(conferenceId, fileName, columns.headerRow(), rows);
    }

    @Transactional
    @PreAuthorize(DelegateService.COMMITTEE)
    public ImportResult commit(ImportPreview preview) {
        long conferenceId = preview.conferenceId();
        Map<String, Long> unitIds = new HashMap<>(units.findOrCreateAll(preview.rows().stream()
                .filter(r -> r.action() == ImportAction.ADD || r.action() == ImportAction.UPDATE)
                .map(ImportRow::unitName).filter(Objects::nonNull).toList()));
        Map<String, Long> groupIds = new HashMap<>();
        Map<Long, Delegate> current = new HashMap<>();
        delegates.everyone(conferenceId).forEach(d -> current.put(d.id(), d));
        List<DelegateValues> added = new ArrayList<>();
        int updated = 0;
        for (ImportRow row : preview.rows()) {
            if (row.action() == ImportAction.ADD) {
                added.add(values(conferenceId, row, null, unitIds, groupIds));
            } else if (row.action() == ImportAction.UPDATE) {
                Delegate existing = current.get(row.matchedId());
                if (existing == null || existing.version() != row.matchedVersion()
                        || !delegates.update(existing.id(), existing.version(), values(conferenceId, row, existing, unitIds, groupIds))) {
                    throw new VersionConflictException("Đại biểu ở dòng " + row.row()
                            + " vừa được người khác sửa sau khi xem trước. Hãy xem trước lại rồi nhập.");
                }
                updated++;
            }
        }
        delegates.insertAll(conferenceId, added);
        ImportResult result = new ImportResult(added.size(), updated, (int) preview.count(ImportAction.UNCHANGED),
                (int) preview.count(ImportAction.ERROR));
        auditLog.record("delegate.import", "conference", conferenceId, preview.fileName() + ": " + result);
        return result;
    }

    private static ImportRow parse(ColumnMap<DelegateColumn> columns, SourceRow source, List<MeetingPoint> points) {
        List<RowProblem> problems = new ArrayList<>();
        String genderText = columns.value(source, DelegateColumn.GENDER);
        Gender gender = Gender.parse(genderText);
        if (gender == null && genderText != null) {
            problems.add(new RowProblem(source.number(), DelegateColumn.GENDER.label,
                    "Giới tính \"" + genderText + "\" không rõ: hãy ghi Nam hoặc Nữ."));
        }
        if (gender == null) {
            gender = Gender.parse(columns.value(source, DelegateColumn.HONORIFIC));
        }
        String rankText = columns.value(source, DelegateColumn.RANK);
        Integer rank = null;
        if (rankText != null) {
            try {
                rank = Integer.valueOf(rankText.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                rank = -1;
            }
        }
        String pointText = columns.value(source, DelegateColumn.POINT);
        MeetingPoint point = DelegateRules.pointByName(points, pointText);
        DelegateRules.Checked c = DelegateRules.check(columns.value(source, DelegateColumn.NAME), gender,
                columns.value(source, DelegateColumn.TITLE), columns.value(source, DelegateColumn.UNIT),
                columns.value(source, DelegateColumn.GROUP), point, pointText, rank,
                columns.value(source, DelegateColumn.PHONE), columns.value(source, DelegateColumn.EMAIL),
                columns.value(source, DelegateColumn.NOTES));
        c.errors().forEach((field, message) ->
                problems.add(new RowProblem(source.number(), DelegateColumn.ofField(field).label, message)));
        return new ImportRow(source.number(), problems.isEmpty() ? ImportAction.ADD : ImportAction.ERROR,
                c.fullName(), c.gender(), c.title(), c.unitName(), c.groupName(), point == null ? null : point.id(),
                point == null ? pointText : point.name(), c.protocolRank(), c.phone(), c.email(), c.notes(),
                null, null, List.of(), problems);
    }

    private DelegateValues values(long conferenceId, ImportRow row, Delegate existing, Map<String, Long> unitIds,
                                  Map<String, Long> groupIds) {
        String unitName = keep(row.unitName(), existing == null ? null : existing.unitName());
        String groupName = keep(row.groupName(), existing == null ? null : existing.groupName());
        Long unitId = unitName == null ? null
                : unitIds.computeIfAbsent(SearchKey.fold(unitName), k -> units.findOrCreate(unitName).id());
        Long groupId = groupName == null ? null
                : groupIds.computeIfAbsent(SearchKey.fold(groupName),
                        k -> delegateService.findOrCreateGroup(conferenceId, groupName).id());
        if (existing == null) {
            return new DelegateValues(row.fullName(), row.gender(), row.title(), unitId, unitName, groupId,
                    row.pointId(), row.protocolRank(), row.phone(), row.email(), row.notes());
        }
        return new DelegateValues(row.fullName(), keep(row.gender(), existing.gender()), keep(row.title(), existing.title()),
                unitId, unitName, groupId, row.pointId(), keep(row.protocolRank(), existing.protocolRank()),
                keep(row.phone(), existing.phone()), keep(row.email(), existing.email()), keep(row.notes(), existing.notes()));
    }

    private static <T> T keep(T imported, T stored) {
        return imported != null ? imported : stored;
    }

    /**
     * Finds each row's delegate among those stored and refuses a person who appears twice in the file.
     * A shared phone or e-mail (an office line, initials that collide) is not enough when the names and the
     * other contact both differ: those are two people.
     */
    private static final class Matcher {

        private record Person(String phone, String email, String name, String unit, int row, Delegate stored) {

            List<String> keys() {
                List<String> keys = new ArrayList<>(3);
                if (phone != null) {
                    keys.add("phone:" + phone);
                }
                if (email != null) {
                    keys.add("email:" + email);
                }
                keys.add("name:" + name + "|" + unit);
                return keys;
            }

            boolean samePersonAs(Person other, String key) {
                boolean sameName = name.equals(other.name);
                if (key.startsWith("phone:")) {
                    return sameName || !conflict(email, other.email);
                }
                if (key.startsWith("email:")) {
                    return sameName || !conflict(phone, other.phone);
                }
                return true;
            }

            private static boolean conflict(String a, String b) {
                return a != null && b != null && !a.equals(b);
            }
        }

        private final Map<String, List<Person>> stored = new HashMap<>();
        private final Map<String, List<Person>> seenInFile = new HashMap<>();
        private final Map<Long, Integer> matchedInFile = new HashMap<>();

        Matcher(List<Delegate> everyone) {
            for (Delegate d : everyone) {
                Person p = person(d.phone(), d.email(), d.fullName(), d.unitName(), 0, d);
                p.keys().forEach(k -> stored.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
            }
        }

        private static Person person(String phone, String email, String name, String unit, int row, Delegate d) {
            return new Person(phone, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                    SearchKey.fold(name), SearchKey.fold(unit), row, d);
        }

        private static Person find(Map<String, List<Person>> index, Person p) {
            for (String key : p.keys()) {
                for (Person candidate : index.getOrDefault(key, List.of())) {
                    if (p.samePersonAs(candidate, key)) {
                        return candidate;
                    }
                }
            }
            return null;
        }

        ImportRow decide(ImportRow row) {
            if (row.action() == ImportAction.ERROR) {
                return row;
            }
            Person p = person(row.phone(), row.email(), row.fullName(), row.unitName(), row.row(), null);
            Person twin = find(seenInFile, p);
            if (twin != null) {
                return refuse(row, DelegateColumn.NAME.label, "Trùng với dòng " + twin.row()
                        + ": cùng một người đã có trong tệp (một người chỉ ghi một lần).");
            }
            p.keys().forEach(k -> seenInFile.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
            Person found = find(stored, p);
            if (found == null) {
                return row;
            }
            Delegate match = found.stored();
            Integer earlier = matchedInFile.putIfAbsent(match.id(), row.row());
            if (earlier != null) {
                return refuse(row, DelegateColumn.NAME.label, "Cùng một đại biểu với dòng " + earlier + ".");
            }
            List<String> changes = changes(row, match);
            ImportAction action = changes.isEmpty() || match.withdrawn() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
            return new ImportRow(row.row(), action, row.fullName(), row.gender(), row.title(), row.unitName(),
                    row.groupName(), row.pointId(), row.pointName(), row.protocolRank(), row.phone(), row.email(),
                    row.notes(), match.id(), match.version(), match.withdrawn() ? List.of() : changes, List.of());
        }

        private static ImportRow refuse(ImportRow row, String field, String message) {
            return new ImportRow(row.row(), ImportAction.ERROR, row.fullName(), row.gender(), row.title(),
                    row.unitName(), row.groupName(), row.pointId(), row.pointName(), row.protocolRank(), row.phone(),
                    row.email(), row.notes(), null, null, List.of(), List.of(new RowProblem(row.row(), field, message)));
        }

        private static List<String> changes(ImportRow r, Delegate d) {
            List<String> changes = new ArrayList<>();
            if (!r.fullName().equals(d.fullName())) {
                changes.add(DelegateColumn.NAME.label);
            }
            changed(changes, DelegateColumn.GENDER, r.gender(), d.gender());
            changed(changes, DelegateColumn.TITLE, r.title(), d.title());
            changed(changes, DelegateColumn.UNIT, fold(r.unitName()), fold(d.unitName()));
            changed(changes, DelegateColumn.GROUP, fold(r.groupName()), fold(d.groupName()));
            if (!Objects.equals(r.pointId(), d.pointId())) {
                changes.add(DelegateColumn.POINT.label);
            }
            changed(changes, DelegateColumn.RANK, r.protocolRank(), d.protocolRank());
            changed(changes, DelegateColumn.PHONE, r.phone(), d.phone());
            changed(changes, DelegateColumn.EMAIL, r.email(), d.email());
            changed(changes, DelegateColumn.NOTES, r.notes(), d.notes());
            return changes;
        }

        /** An empty cell keeps the stored value, so only a value that differs is a change. */
        private static void changed(List<String> changes, DelegateColumn column, Object imported, Object stored) {
            if (imported != null && !imported.equals(stored)) {
                changes.add(column.label);
            }
        }

        private static String fold(String s) {
            return s == null ? null : SearchKey.fold(s);
        }
    }
}
