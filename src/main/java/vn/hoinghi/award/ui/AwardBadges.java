package vn.hoinghi.award.ui;

import com.vaadin.flow.component.html.Span;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.award.RecipientType;

/** The small coloured labels of the nomination lists: status (with the refusal reason on hover) and type. */
final class AwardBadges {

    private AwardBadges() {
    }

    static Span status(Nomination n) {
        return status(n.status(), n.refusalReason());
    }

    static Span status(CeremonyRecipient r) {
        return status(r.status(), null);
    }

    private static Span status(NominationStatus status, String refusalReason) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("awards.status." + status));
        badge.getElement().getThemeList().add("badge pill small " + switch (status) {
            case ACCEPTED, DECIDED -> "success";
            case PRESENTED -> "success primary";
            case REFUSED -> "error";
            case WITHDRAWN -> "contrast hn-withdrawn";
            case PROPOSED -> "contrast";
        });
        badge.addClassName("hn-award-status");
        if (refusalReason != null) {
            badge.getElement().setAttribute("title", refusalReason);
        }
        return badge;
    }

    static Span type(RecipientType type) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("awards.type." + type));
        badge.getElement().getThemeList().add("badge small contrast");
        badge.addClassName(type == RecipientType.COLLECTIVE ? "hn-collective" : "hn-individual");
        return badge;
    }
}
