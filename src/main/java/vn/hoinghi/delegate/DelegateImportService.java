package vn.hoinghi.delegate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.document.ColumnMap;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
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
    private final DelegateReader reader;
    private final GroupService groupService;
    private final PointService points;
    private final UnitService units;
    private final AuditLog auditLog;
    private final DelegateEvents live;

    DelegateImportService(DelegateRepository delegates, DelegateReader reader, GroupService groupService,
                          PointService points, UnitService units, AuditLog auditLog, ApplicationEventPublisher events) {
        this.delegates = delegates;
        this.reader = reader;
        this.groupService = groupService;
        this.points = points;
        this.units = units;
        this.auditLog = auditLog;
        this.live = new DelegateEvents(events);
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public ImportPreview preview(long conferenceId, String fileName, byte[] content, DoubleConsumer progress) {
        var found = ColumnMap.findInSheets(TabularFiles.read(fileName, content),
                        DelegateColumn.class, DelegateColumn.synonyms(), DelegateColumn.NAME)
                .orElseThrow(() -> new UnreadableFileException(Texts.t("delegate.import.noHeader", fileName)));
        List<SourceRow> source = found.rows();
        ColumnMap<DelegateColumn> columns = found.columns();
        List<MeetingPoint> pointList = points.list(conferenceId);
        ImportMatcher matcher = new ImportMatcher(reader.everyone(conferenceId), pointList.stream()
                .filter(MeetingPoint::withdrawn).map(MeetingPoint::id).collect(java.util.stream.Collectors.toSet()));
        List<SourceRow> data = source.stream().filter(r -> r.number() > columns.headerRow() && !r.blank()).toList();
        if (data.isEmpty()) {
            throw TabularFiles.noRows(fileName);
        }
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
    @PreAuthorize(AppRoles.COMMITTEE)
    public ImportResult commit(ImportPreview preview) {
        long conferenceId = preview.conferenceId();
        Map<String, Long> unitIds = new HashMap<>(units.findOrCreateAll(conferenceId, preview.rows().stream()
                .filter(r -> r.action() == ImportAction.ADD || r.action() == ImportAction.UPDATE)
                .map(ImportRow::unitName).filter(Objects::nonNull).toList()));
        Map<String, Long> groupIds = new HashMap<>();
        Map<Long, Delegate> current = new HashMap<>();
        reader.everyone(conferenceId).forEach(d -> current.put(d.id(), d));
        List<DelegateValues> added = new ArrayList<>();
        int updated = 0;
        for (ImportRow row : preview.rows()) {
            if (row.action() == ImportAction.ADD) {
                added.add(values(conferenceId, row, null, unitIds, groupIds));
            } else if (row.action() == ImportAction.UPDATE) {
                Delegate existing = current.get(row.matchedId());
                if (existing == null || existing.version() != row.matchedVersion()
                        || !delegates.update(existing.id(), existing.version(), values(conferenceId, row, existing, unitIds, groupIds))) {
                    throw new VersionConflictException(
                            Texts.t("delegate.import.changedMeanwhile", String.valueOf(row.row())));
                }
                updated++;
            }
        }
        delegates.insertAll(conferenceId, added);
        ImportResult result = new ImportResult(added.size(), updated, (int) preview.count(ImportAction.UNCHANGED),
                (int) preview.count(ImportAction.ERROR));
        auditLog.record("delegate.import", "conference", conferenceId, preview.fileName() + ": " + result);
        live.namesChanged(conferenceId);
        return result;
    }

    private static ImportRow parse(ColumnMap<DelegateColumn> columns, SourceRow source, List<MeetingPoint> points) {
        List<RowProblem> problems = new ArrayList<>();
        String genderText = columns.value(source, DelegateColumn.GENDER);
        Gender gender = Gender.parse(genderText);
        if (gender == null && genderText != null) {
            problems.add(new RowProblem(source.number(), DelegateColumn.GENDER.label,
                    Texts.t("delegate.import.unknownGender", genderText)));
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
                : unitIds.computeIfAbsent(SearchKey.fold(unitName), k -> units.findOrCreate(conferenceId, unitName).id());
        Long groupId = groupName == null ? null
                : groupIds.computeIfAbsent(SearchKey.fold(groupName),
                        k -> groupService.findOrCreate(conferenceId, groupName).id());
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
}
