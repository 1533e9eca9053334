package vn.hoinghi.attendance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoinghi.attendance.Introduction;

/**
 * The leaders present as the MC reads them, in protocol order. Someone who arrived since the last refresh is
 * marked for a few seconds, so the MC sees where the new line went.
 */
class IntroductionList extends Div {

    private final OrderedList items = new OrderedList();
    private final Paragraph lead = new Paragraph();
    private final Paragraph closing = new Paragraph();
    private Set<Long> shown;

    IntroductionList() {
        addClassName("hn-intro");
        lead.addClassName("hn-intro-lead");
        items.addClassName("hn-intro-list");
        closing.addClassName("hn-intro-closing");
        add(lead, items, closing);
    }

    /** The list, with the other delegates present (those not introduced by name) in the closing line. */
    void show(List<Introduction> introductions, int othersPresent) {
        items.removeAll();
        Set<Long> now = new HashSet<>();
        for (Introduction i : introductions) {
            now.add(i.delegateId());
            Span number = new Span(Integer.toString(items.getComponentCount() + 1));
            number.addClassName("hn-intro-number");
            Span text = new Span(i.text());
            text.addClassName("hn-intro-text");
            ListItem item = new ListItem(number, text);
            item.addClassName("hn-intro-item");
            item.getElement().setAttribute("data-delegate", Long.toString(i.delegateId()));
            if (i.remote()) {
                item.addClassName("hn-intro-remote");
            }
            if (shown != null && !shown.contains(i.delegateId())) {
                item.addClassName("hn-intro-new");
            }
            items.add(item);
        }
        shown = now;
        boolean none = introductions.isEmpty();
        lead.setText(getTranslation(none ? "intro.none" : "intro.lead"));
        closing.setText(getTranslation("intro.closing", othersPresent));
        closing.setVisible(othersPresent > 0);
    }
}
