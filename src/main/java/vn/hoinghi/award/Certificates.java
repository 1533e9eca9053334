package vn.hoinghi.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.SignerBlock;

/**
 * What each recipient's certificate says, in the order they are called on stage (then anyone decided after the
 * batches were made, as award lists are printed): the decision's issuer, number, date and signer, and the short
 * name of the award form ("Bằng khen" of "Bằng khen của Chủ tịch UBND tỉnh", whose issuer the page names above it).
 */
@StaysVietnamese("what the certificates say")
final class Certificates {

    private Certificates() {
    }

    static List<Certificate> of(List<Nomination> recipients, List<Long> ceremonyOrder, List<String> formOrder,
                                Map<Long, AwardDecision> decisions, String place) {
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < ceremonyOrder.size(); i++) {
            rank.put(ceremonyOrder.get(i), i);
        }
        List<Nomination> listed = new ArrayList<>();
        AwardGroups.of(recipients, formOrder).forms().forEach(f -> f.groups().forEach(g -> listed.addAll(g.nominations())));
        for (Nomination n : listed) {
            rank.putIfAbsent(n.id(), ceremonyOrder.size() + rank.size());
        }
        List<Nomination> ordered = new ArrayList<>(listed);
        ordered.sort(Comparator.comparingInt(n -> rank.get(n.id())));
        return ordered.stream().map(n -> certificate(n, decisions.get(n.decisionId()), place)).toList();
    }

    static Certificate certificate(Nomination n, AwardDecision d, String place) {
        return new Certificate(d == null ? "" : Authority.spelledOut(d.issuer()), shortForm(n.form()), n.fullName(),
                n.type() == RecipientType.COLLECTIVE, n.title(), n.workUnit(), sentence(n.achievement()),
                d == null ? null : d.number(), d == null ? null : d.signedOn(), place,
                d == null ? null : SignerBlock.text(d.signerTitle()), d == null ? null : d.signerName());
    }

    /** "Bằng khen của Chủ tịch UBND tỉnh" → "Bằng khen"; "Giấy khen" stays. */
    static String shortForm(String form) {
        String clean = SearchKey.clean(form);
        int of = clean.indexOf(" của ");
        return of < 0 ? clean : clean.substring(0, of);
    }

    /** The achievement continues "Đã có thành tích: …", so it starts in lower case unless it opens with an acronym. */
    static String sentence(String achievement) {
        if (achievement == null || achievement.length() < 2 || Character.isUpperCase(achievement.charAt(1))) {
            return achievement;
        }
        return achievement.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + achievement.substring(1);
    }
}
