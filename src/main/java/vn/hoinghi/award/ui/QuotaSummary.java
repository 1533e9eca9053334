package vn.hoinghi.award.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import vn.hoinghi.award.QuotaLine;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.Times;

/** Always on top of the awards page: per form and type the quota, accepted, remaining and proposed; the deadline. */
class QuotaSummary extends Div {

    QuotaSummary() {
        addClassName("hn-quota-summary");
    }

    void show(List<QuotaLine> lines, Instant deadline, boolean deadlineSet) {
        removeAll();
        if (lines.isEmpty()) {
            Span none = new Span(getTranslation("awards.quota.none"));
            none.addClassName("hn-quota-none");
            add(none);
            return;
        }
        lines.stream().map(l -> l.quota().form()).distinct().forEach(form -> {
            Div card = new Div(new Span(form));
            card.addClassName("hn-quota-card");
            card.getComponentAt(0).getElement().getClassList().add("hn-quota-form");
            for (RecipientType type : RecipientType.values()) {
                lines.stream().filter(l -> l.quota().form().equals(form) && l.quota().type() == type).findFirst()
                        .ifPresent(l -> card.add(line(l)));
            }
            add(card);
        });
        Span when = new Span(getTranslation(deadlineSet ? "awards.deadline" : "awards.deadline.start",
                Times.DATE_TIME.format(Times.local(deadline))));
        when.addClassName("hn-quota-deadline");
        add(when);
    }

    private Div line(QuotaLine l) {
        Span remaining = new Span(getTranslation("awards.quota.remaining", l.remaining()));
        remaining.addClassName(l.remaining() > 0 ? "hn-quota-left" : "hn-quota-full");
        Div row = new Div(new Span(getTranslation("awards.type." + l.quota().type())),
                new Span(getTranslation("awards.quota.line", l.quota().quota(), l.accepted(), l.proposed(), l.waiting())),
                remaining);
        row.addClassName("hn-quota-line");
        row.getElement().setAttribute("data-type", l.quota().type().name());
        return row;
    }
}
