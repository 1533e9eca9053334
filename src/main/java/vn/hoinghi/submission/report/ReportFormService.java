package vn.hoinghi.submission.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.report.repository.ReportFieldRepository;
import vn.hoinghi.submission.report.repository.ReportTableRepository;
import vn.hoinghi.submission.report.repository.ReportSettingRepository;

/**
 * The committee's side of the data form: load the plan's template, add, edit, reorder and remove rows, and the
 * settings (deadline, outline, units asked to report). A row that units have filled keeps its values when renamed;
 * it cannot be removed, nor turned into a kind its values do not fit — the message says which units filled it.
 */
@Service
@Transactional
public class ReportFormService {

    private static final String CONFLICT = "submission.report.fieldConflict";
    private static final String SETTINGS_CONFLICT = "submission.report.settingsConflict";

    private final ReportFieldRepository fields;
    private final ReportTableRepository tables;
    private final ReportSettingRepository settings;
    private final ReportSettingsReader reader;
    private final FieldRules rules;
    private final TableRules tableRules;
    private final AuditLog auditLog;
    private final Clock clock;

    ReportFormService(ReportFieldRepository fields, ReportTableRepository tables, ReportSettingRepository settings, ReportSettingsReader reader,
                      FieldRules rules, TableRules tableRules, AuditLog auditLog, Clock clock) {
        this.fields = fields;
        this.tables = tables;
        this.settings = settings;
        this.reader = reader;
        this.rules = rules;
        this.tableRules = tableRules;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public ReportForm form(long conferenceId) {
        return tables.form(conferenceId);
    }

    /** Fills an empty form with the template's rows; the outline too, if the conference has none yet. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public int loadTemplate(long conferenceId, ReportTemplate template) {
        ReportSettings current = reader.of(conferenceId);
        int existing = fields.lockOrder(conferenceId).size();
        if (existing > 0) {
            throw new ValidationException(Map.of("form", Texts.t("submission.report.formNotEmpty",
                    String.valueOf(existing))));
        }
        int position = 0;
        for (FieldDraft d : template.fields()) {
            long id = fields.insert(conferenceId, ++position, d);
            template.table(position - 1).ifPresent(t -> tables.insertShape(id, t));
        }
        if (current.version() == 0 || current.outline() == null) { // never saved: the general outline is only shown
            save(conferenceId, current.version(), current.deadline(), template.outline());
        }
        auditLog.record("report.form.template", "conference", conferenceId, template.name());
        return position;
    }

    /** Adds a row after {@code afterId} (null: at the end). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public long addField(long conferenceId, FieldDraft draft, Long afterId) {
        reader.conference(conferenceId);
        FieldDraft d = rules.validate(draft, null, fields.fields(conferenceId));
        TableRules.checkNotTable(null, d.kind());
        return insert(conferenceId, d, afterId);
    }

    private long insert(long conferenceId, FieldDraft d, Long afterId) {
        List<Long> order = new ArrayList<>(fields.lockOrder(conferenceId));
        long id = fields.insert(conferenceId, order.size() + 1, d);
        int at = afterId == null || !order.contains(afterId) ? order.size() : order.indexOf(afterId) + 1;
        order.add(at, id);
        fields.renumber(order, null);
        auditLog.record("report.field.add", "report_field", id, d.label());
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void updateField(long id, int version, FieldDraft draft) {
        ReportField field = locked(id, version);
        ReportForm form = form(field.conferenceId());
        FieldDraft d = rules.validate(draft, field, form.fields());
        TableRules.checkNotTable(field.kind(), d.kind());
        rules.checkKindChange(form, field, d.kind());
        if (!fields.update(id, version, d)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("report.field.update", "report_field", id, d.label());
    }

    /** Moves a row up (-1) or down (+1); the others are renumbered. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void moveField(long id, int version, int steps) {
        ReportField field = locked(id, version);
        List<Long> order = new ArrayList<>(fields.lockOrder(field.conferenceId()));
        int from = order.indexOf(id);
        order.add(Math.clamp(from + steps, 0, order.size() - 1), order.remove(from));
        fields.renumber(order, id);
        auditLog.record("report.field.move", "report_field", id, Integer.toString(order.indexOf(id) + 1));
    }

    /** Removes a row that no unit has filled. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void deleteField(long id, int version) {
        ReportField field = locked(id, version);
        ReportForm form = form(field.conferenceId());
        rules.checkCanDelete(form, field);
        form.table(field).ifPresent(t -> tableRules.checkCanDelete(form, t));
        List<Long> order = new ArrayList<>(fields.lockOrder(field.conferenceId()));
        if (!fields.delete(id, version)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        order.remove(Long.valueOf(id));
        fields.renumber(order, null);
        auditLog.record("report.field.delete", "report_field", id, field.label());
    }

    /** Adds a table part after {@code afterId} (null: at the end): its title row, then its columns and rows. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public long addTable(long conferenceId, TableDraft draft, Long afterId) {
        reader.conference(conferenceId);
        TableDraft d = tableRules.validate(draft, null, fields.fields(conferenceId));
        long id = insert(conferenceId, new FieldDraft(d.code(), d.title(), FieldKind.TABLE, null, 1), afterId);
        tables.insertShape(id, d);
        return id;
    }

    /**
     * Changes a table part. Before any unit typed a cell, its shape is replaced; after, only its texts change (title,
     * headings, labels, units) and the units' cells stay where they are.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void updateTable(long fieldId, int version, TableDraft draft) {
        ReportField field = locked(fieldId, version);
        ReportForm form = form(field.conferenceId());
        FormTable current = form.table(field).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
        TableDraft d = tableRules.validate(draft, field, form.fields());
        tableRules.checkShapeChange(form, current, d);
        if (!fields.update(fieldId, version, new FieldDraft(d.code(), d.title(), FieldKind.TABLE, null, field.level()))) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        if (TableRules.sameShape(current.draft(), d)) {
            tables.renameShape(fieldId, d);
        } else {
            tables.deleteShape(fieldId);
            tables.insertShape(fieldId, d);
        }
        auditLog.record("report.table.update", "report_field", fieldId, d.title());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public ReportSettings settings(long conferenceId) {
        return reader.of(conferenceId);
    }

    /** Saves the deadline, the outline and the units asked to report; {@code version} as opened (0: never saved). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void saveSettings(long conferenceId, int version, LocalDate deadline, String outline, Set<Long> unitIds) {
        reader.conference(conferenceId);
        String text = SearchKey.cleanLines(outline);
        Map<String, String> errors = new LinkedHashMap<>();
        if (text != null && text.length() > 20_000) {
            errors.put("outline", Texts.t("submission.report.outlineTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rules.checkExpectedUnits(conferenceId, unitIds);
        save(conferenceId, version, deadline, text);
        settings.replaceExpectedUnits(conferenceId, unitIds);
        String until = deadline == null ? Texts.in(Texts.VIETNAMESE, "submission.audit.noDeadline")
                : Texts.in(Texts.VIETNAMESE, "submission.audit.deadline", String.valueOf(deadline));
        auditLog.record("report.settings", "conference", conferenceId,
                Texts.in(Texts.VIETNAMESE, "submission.audit.reportSettings", until, String.valueOf(unitIds.size())));
    }

    private void save(long conferenceId, int version, LocalDate deadline, String outline) {
        String by = CurrentUser.usernameOrSystem();
        boolean saved = version == 0 ? settings.insert(conferenceId, deadline, outline, clock.instant(), by)
                : settings.update(conferenceId, version, deadline, outline, clock.instant(), by);
        if (!saved) {
            throw new VersionConflictException(Texts.t(SETTINGS_CONFLICT));
        }
    }

    /** The row at the version the editor saw, locked: a unit saving a value for it waits until this change ends. */
    private ReportField locked(long id, int version) {
        return fields.lock(id).filter(f -> f.version() == version)
                .orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
    }
}
