package vn.hoinghi.award;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.PersonNames;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;

/**
 * The rules a nomination meets, the same for the form and the importer: a type, a name, a proposing unit, a
 * summary of achievements and one of the conference's award forms. Messages are keyed by field, in Vietnamese.
 */
final class NominationRules {

    static final int MAX_NAME = 255;
    static final int MAX_ACHIEVEMENT = 2000;

    /** The cleaned fields and the quota the form and type point at; errors when any rule is broken. */
    record Checked(RecipientType type, Quota quota, Long proposingUnitId, String fullName, String title,
                   String workUnit, String achievement, Map<String, String> errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    private NominationRules() {
    }

    static Checked check(NominationDraft d, List<Quota> quotas) {
        Map<String, String> e = new LinkedHashMap<>();
        if (d.type() == null) {
            e.put("type", Texts.t("award.rule.needType"));
        }
        String name = d.type() == RecipientType.INDIVIDUAL ? PersonNames.tidy(d.fullName()) : SearchKey.clean(d.fullName());
        if (name == null) {
            e.put("fullName", Texts.t(d.type() == RecipientType.COLLECTIVE ? "award.rule.needCollectiveName" : "award.rule.needName"));
        }
        String title = SearchKey.clean(d.title());
        String workUnit = SearchKey.clean(d.workUnit());
        String achievement = SearchKey.clean(d.achievement());
        Lengths.check(e, "fullName", name, MAX_NAME, Texts.t("award.rule.name"));
        Lengths.check(e, "title", title, MAX_NAME, Texts.t("awards.field.title"));
        Lengths.check(e, "workUnit", workUnit, MAX_NAME, Texts.t("awards.field.workUnit"));
        if (achievement == null) {
            e.put("achievement", Texts.t("award.rule.needAchievement"));
        }
        Lengths.check(e, "achievement", achievement, MAX_ACHIEVEMENT, Texts.t("award.rule.achievement"));
        if (d.proposingUnitId() == null) {
            e.put("proposingUnit", Texts.t("award.rule.needProposer"));
        }
        Quota quota = null;
        if (quotas.isEmpty()) {
            e.put("form", Texts.t("award.rule.noQuotas"));
        } else if (SearchKey.clean(d.form()) == null) {
            e.put("form", Texts.t("award.rule.needForm"));
        } else if (form(quotas, d.form()).isEmpty()) {
            e.put("form", Texts.t("award.rule.unknownForm", SearchKey.clean(d.form()),
                    String.join("; ", quotas.stream().map(Quota::form).distinct().toList())));
        } else if (d.type() != null) {
            quota = quota(quotas, d.form(), d.type()).orElse(null);
            if (quota == null) {
                e.put("form", Texts.t("award.rule.noQuotaForType", SearchKey.clean(d.form()),
                        Texts.t(d.type().key()).toLowerCase(Texts.current())));
            }
        }
        return new Checked(d.type(), quota, d.proposingUnitId(), name, title, workUnit, achievement, e);
    }

    /**
     * The conference's form that the text names, however it is written: the same words ("Bằng khen Chủ tịch Ủy ban
     * nhân dân tỉnh"), or — when only one form fits — fewer or more of them ("Bằng khen", "Bằng khen của Chủ tịch
     * UBND tỉnh Quảng Trị"). "Giấy khen" never stands for "Bằng khen".
     */
    static Optional<String> form(List<Quota> quotas, String text) {
        String key = LooseKey.of(text);
        List<String> forms = quotas.stream().map(Quota::form).distinct().toList();
        Optional<String> same = forms.stream().filter(f -> LooseKey.of(f).equals(key)).findFirst();
        if (same.isPresent() || key.isEmpty()) {
            return same;
        }
        java.util.Set<String> words = words(key);
        List<String> fitting = forms.stream().filter(f -> {
            java.util.Set<String> formWords = words(LooseKey.of(f));
            return formWords.containsAll(words) || words.containsAll(formWords);
        }).toList();
        return fitting.size() == 1 ? Optional.of(fitting.getFirst()) : Optional.empty();
    }

    private static java.util.Set<String> words(String key) {
        return new java.util.HashSet<>(java.util.Arrays.asList(key.split(" ")));
    }

    static Optional<Quota> quota(List<Quota> quotas, String form, RecipientType type) {
        return form(quotas, form).flatMap(f -> quotas.stream().filter(q -> q.type() == type && q.form().equals(f))
                .findFirst());
    }

}
