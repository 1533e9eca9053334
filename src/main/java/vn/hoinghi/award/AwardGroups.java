package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.VietnameseDates;

/**
 * A list of nominations as award lists are printed: by award form (in the conference's order), then collectives
 * before individuals, each in the nominations' stable order.
 */
@StaysVietnamese("the award lists' titles and totals, printed in the documents")
record AwardGroups(List<Form> forms) {

    static final String NOMINATIONS_TITLE = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";

    record Form(String form, List<Group> groups) {
    }

    record Group(RecipientType type, List<Nomination> nominations) {
    }

    static AwardGroups of(List<Nomination> list, List<String> formOrder) {
        List<String> forms = new ArrayList<>(formOrder);
        list.stream().map(Nomination::form).filter(f -> !forms.contains(f)).distinct().forEach(forms::add);
        List<Form> result = new ArrayList<>();
        for (String form : forms) {
            List<Group> groups = new ArrayList<>();
            for (RecipientType type : RecipientType.values()) {
                List<Nomination> members = list.stream().filter(n -> n.form().equals(form) && n.type() == type).toList();
                if (!members.isEmpty()) {
                    groups.add(new Group(type, members));
                }
            }
            if (!groups.isEmpty()) {
                result.add(new Form(form, groups));
            }
        }
        return new AwardGroups(result);
    }

    /** The title lines of the list attached to a decision: "DANH SÁCH", who is honoured, which decision. */
    List<String> decisionTitle(AwardDecision d) {
        String form = forms.size() == 1 ? forms.getFirst().form() : null;
        return List.of("DANH SÁCH", form == null ? "Tập thể, cá nhân được khen thưởng" : "Tập thể, cá nhân được tặng " + form,
                "(Kèm theo Quyết định số " + d.number() + " " + VietnameseDates.longDate(d.signedOn()) + " của "
                        + d.issuer() + ")");
    }

    /** A type's name as the documents print it. */
    static String label(RecipientType type) {
        return Texts.in(Texts.VIETNAMESE, type.key());
    }

    /** A status's name as the documents print it. */
    static String label(NominationStatus status) {
        return Texts.in(Texts.VIETNAMESE, status.key());
    }

    long count(RecipientType type) {
        return forms.stream().flatMap(f -> f.groups().stream()).filter(g -> g.type() == type)
                .mapToLong(g -> g.nominations().size()).sum();
    }

    /** "45 tập thể, 152 cá nhân". */
    String totals() {
        List<String> parts = new ArrayList<>();
        for (RecipientType type : RecipientType.values()) {
            if (count(type) > 0) {
                parts.add(count(type) + " " + label(type).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    /** "I", "II": the groups of one form. */
    static String roman(int index) {
        return index == 0 ? "I" : "II";
    }

    /** "A", "B", …: the forms, when there are several. */
    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
