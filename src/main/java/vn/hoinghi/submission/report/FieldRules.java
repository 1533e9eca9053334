package vn.hoinghi.submission.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.submission.report.repository.ReportFieldRepository;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/** What a row of the data form must be, and what its units' values allow the committee to change. */
@Component
class FieldRules {

    private final ReportFieldRepository fields;
    private final UnitService directory;

    FieldRules(ReportFieldRepository fields, UnitService directory) {
        this.fields = fields;
        this.directory = directory;
    }

    /** The draft cleaned, or the messages by field ("label", "code", "kind", "level", "unitLabel"). */
    FieldDraft validate(FieldDraft d, ReportField editing, List<ReportField> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String label = SearchKey.clean(d.label());
        if (label == null) {
            errors.put("label", Texts.t("submission.field.labelMissing"));
        } else if (label.length() > 1000) {
            errors.put("label", Texts.t("submission.field.labelTooLong"));
        }
        String code = SearchKey.clean(d.code());
        if (code != null && code.length() > 20) {
            errors.put("code", Texts.t("submission.field.codeTooLong"));
        } else if (code != null) {
            form.stream().filter(f -> code.equals(f.code()) && (editing == null || f.id() != editing.id())).findFirst()
                    .ifPresent(f -> errors.put("code", Texts.t("submission.field.codeTaken", code, f.label())));
        }
        if (d.kind() == null) {
            errors.put("kind", Texts.t("submission.field.kindMissing"));
        }
        if (d.level() < 0 || d.level() > 2) {
            errors.put("level", Texts.t("submission.field.level"));
        }
        String unit = d.kind() != null && d.kind().numeric() ? SearchKey.clean(d.unitLabel()) : null;
        if (unit != null && unit.length() > 50) {
            errors.put("unitLabel", Texts.t("submission.field.unitTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new FieldDraft(code, label, d.kind(), unit, d.level());
    }

    /**
     * A filled row keeps a kind its values fit: a whole count may become an amount, an amount a whole count only if
     * no value has decimals; nothing else changes kind once units have filled it.
     */
    void checkKindChange(ReportForm form, ReportField field, FieldKind to) {
        FieldKind from = field.kind();
        if (from == to || !from.holdsValue()) {
            return;
        }
        List<String> units = unitsWithValues(field);
        if (units.isEmpty() || from == FieldKind.NUMBER && to == FieldKind.AMOUNT) {
            return;
        }
        if (from == FieldKind.AMOUNT && to == FieldKind.NUMBER) {
            int fractional = fields.fractionalValues(field.id());
            if (fractional == 0) {
                return;
            }
            throw refused("kind", Texts.t("submission.field.hasDecimals", form.name(field),
                    String.valueOf(fractional)));
        }
        throw refused("kind", Texts.t("submission.field.kindLocked", form.name(field), filledBy(units),
                Texts.t("reports.kind." + to.name())));
    }

    /** A row is removed only while no unit has a value in it: removing it would drop their figures silently. */
    void checkCanDelete(ReportForm form, ReportField field) {
        List<String> units = unitsWithValues(field);
        if (!units.isEmpty()) {
            throw refused("field", Texts.t("submission.field.cannotDelete", form.name(field),
                    filledBy(units)));
        }
    }

    /** The names of the units with a value in the row, by name; their values stay locked until the transaction ends. */
    private List<String> unitsWithValues(ReportField field) {
        return directory.get(fields.unitsWithValues(field.id())).values().stream().map(Unit::name).toList();
    }

    /** "đã có số liệu của 3 đơn vị (…)" for these units. */
    String filledByUnits(List<Long> unitIds) {
        return filledBy(directory.get(unitIds).values().stream().map(Unit::name).toList());
    }

    private static String filledBy(List<String> units) {
        String names = String.join(", ", units.subList(0, Math.min(3, units.size())))
                + (units.size() > 3 ? "…" : "");
        return Texts.t("submission.field.filledBy", String.valueOf(units.size()), names);
    }

    /** The units asked to report must be of the conference's province (decision 034). */
    void checkExpectedUnits(long conferenceId, java.util.Collection<Long> unitIds) {
        directory.checkServes(conferenceId, unitIds, "units");
    }

    private static ValidationException refused(String key, String message) {
        return new ValidationException(Map.of(key, message));
    }
}
