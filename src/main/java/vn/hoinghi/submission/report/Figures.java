package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.VersionConflictException;

/**
 * Reads the figures a unit typed, field by field, against the form. Every bad value is reported at once, each
 * message naming the field ("Mục 2.1 – Số vụ vi phạm …: phải là số nguyên không âm"), keyed "field-{id}".
 */
final class Figures {

    static final int TEXT_MAX = 1000;

    /** The values to store (blank fields left out) and the problems by key. */
    record Read(Map<Long, FieldValue> values, Map<String, String> problems) {
    }

    private Figures() {
    }

    static String key(ReportField field) {
        return "field-" + field.id();
    }

    static Read read(ReportForm form, Map<Long, String> typed) {
        for (Long id : typed.keySet()) {
            if (form.field(id).isEmpty()) {
                throw new VersionConflictException(Texts.t("submission.report.formChanged"));
            }
        }
        Map<Long, FieldValue> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (ReportField field : form.valueFields()) {
            String raw = typed.get(field.id());
            String text = field.kind() == FieldKind.TEXT ? SearchKey.clean(raw) : raw == null ? null : raw.strip();
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (field.kind() == FieldKind.TEXT) {
                if (text.length() > TEXT_MAX) {
                    problems.put(key(field), Texts.t("submission.report.textTooLong", form.name(field)));
                } else {
                    values.put(field.id(), FieldValue.of(text));
                }
                continue;
            }
            try {
                BigDecimal number = VietnameseNumbers.parse(text, field.kind() == FieldKind.NUMBER);
                values.put(field.id(), FieldValue.of(number));
            } catch (IllegalArgumentException e) {
                problems.put(key(field), Texts.t("submission.report.badNumber", form.name(field), e.getMessage(), text));
            }
        }
        return new Read(values, problems);
    }
}
