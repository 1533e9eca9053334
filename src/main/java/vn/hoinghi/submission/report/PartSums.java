package vn.hoinghi.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.Texts;

/**
 * Finds counted rows whose parts do not add up: "Số tổ COVID-19 cộng đồng" should be "Đã kiện toàn" plus "Chưa kiện
 * toàn". A row's parts are the sub-rows right under it, one level deeper, all counted. Only warned, never refused:
 * a unit may know the total before the split. Checked only where the row and all its parts are filled.
 */
final class PartSums {

    private PartSums() {
    }

    static List<String> mismatches(ReportForm form, Map<Long, FieldValue> values) {
        List<String> found = new ArrayList<>();
        List<ReportField> fields = form.fields();
        for (int i = 0; i < fields.size(); i++) {
            ReportField whole = fields.get(i);
            List<ReportField> parts = partsOf(fields, i);
            if (!whole.kind().numeric() || parts.size() < 2 || number(values, whole) == null
                    || parts.stream().anyMatch(p -> number(values, p) == null)) {
                continue;
            }
            BigDecimal sum = parts.stream().map(p -> number(values, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(number(values, whole)) != 0) {
                List<String> terms = parts.stream().map(p -> p.label().replaceFirst("^[-–\\s]+", "") + " "
                        + VietnameseNumbers.format(number(values, p))).toList();
                found.add(Texts.t("submission.report.partsDiffer", form.name(whole),
                        VietnameseNumbers.format(number(values, whole)), VietnameseNumbers.format(sum),
                        String.join(" + ", terms)));
            }
        }
        return found;
    }

    /** The rows right under row {@code i}, one level deeper, if every row of its block is a counted one. */
    private static List<ReportField> partsOf(List<ReportField> fields, int i) {
        int level = fields.get(i).level();
        List<ReportField> parts = new ArrayList<>();
        for (int j = i + 1; j < fields.size() && fields.get(j).level() > level; j++) {
            ReportField f = fields.get(j);
            if (f.level() != level + 1 || !f.kind().numeric()) {
                return List.of();
            }
            parts.add(f);
        }
        return parts;
    }

    private static BigDecimal number(Map<Long, FieldValue> values, ReportField field) {
        FieldValue v = values.get(field.id());
        return v == null ? null : v.number();
    }
}
