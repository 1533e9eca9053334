package vn.hoinghi.award;

import java.util.List;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.SignerBlock;

/**
 * Who decides an award, read from the decision's issuer: "Chủ tịch UBND tỉnh Quảng Trị" is the head's title
 * ("Chủ tịch") and the body ("UBND tỉnh Quảng Trị"). The decision, its list and its certificates are headed by the
 * body and signed by its head, or by a deputy on the head's behalf ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), never by the
 * conference's steering committee that signed the plan.
 */
@StaysVietnamese("the issuing authority's titles as the award documents write them")
record Authority(String title, String body) {

    static Authority of(String issuer) {
        String clean = SearchKey.clean(issuer);
        if (clean == null) {
            return new Authority("", "");
        }
        String[] words = clean.split(" ");
        int bodyStart = 1;
        while (bodyStart < words.length && !Character.isUpperCase(words[bodyStart].charAt(0))) {
            bodyStart++;
        }
        if (bodyStart == words.length) {
            return new Authority(clean, "");
        }
        return new Authority(String.join(" ", List.of(words).subList(0, bodyStart)),
                String.join(" ", List.of(words).subList(bodyStart, words.length)));
    }

    /** "Ủy ban nhân dân tỉnh Quảng Trị": the body as a document's header and a certificate write it. */
    String bodySpelledOut() {
        return spelledOut(body);
    }

    /**
     * The signature block for a new decision: on the head's behalf when the plan's signer is the head's deputy of
     * the same body (the plan of a steering committee led by a vice-chairman: "… / PHÓ CHỦ TỊCH UBND TỈNH"), or
     * else the head's own title.
     */
    String signerBlock(boolean deputySigns) {
        String head = PdfFonts.upper(title);
        return deputySigns ? "KT. " + head + "\nPHÓ " + head : head;
    }

    /**
     * Whether a plan's signature block is signed by this authority's deputy: its last line is the deputy's title
     * ("PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH UBND TỈNH") and the block names the same body ("TM. ỦY BAN NHÂN DÂN / …").
     */
    boolean deputyIn(String planBlock) {
        List<String> lines = SignerBlock.lines(planBlock);
        if (lines.isEmpty() || title.isEmpty() || body.isEmpty()) {
            return false;
        }
        String last = lines.getLast();
        String deputy = PdfFonts.upper("Phó " + title);
        String bodyKind = PdfFonts.upper(spelledOut(body)).split(" TỈNH| THÀNH PHỐ| XÃ| PHƯỜNG")[0];
        boolean deputyLast = last.equals(deputy) || last.startsWith(deputy + " ");
        return deputyLast && PdfFonts.upper(spelledOut(String.join(" ", lines))).contains(bodyKind);
    }

    /** "Bằng khen của Chủ tịch UBND tỉnh" is decided by "Chủ tịch UBND tỉnh Quảng Trị". */
    static String issuer(String form, String province) {
        String clean = SearchKey.clean(form);
        int of = clean == null ? -1 : clean.indexOf(" của ");
        if (of < 0) {
            return "Chủ tịch UBND tỉnh " + province;
        }
        String who = clean.substring(of + " của ".length());
        return who.endsWith(" tỉnh") ? who + " " + province : who;
    }

    static String spelledOut(String text) {
        return text.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân")
                .replace("MTTQ", "Mặt trận Tổ quốc");
    }
}
