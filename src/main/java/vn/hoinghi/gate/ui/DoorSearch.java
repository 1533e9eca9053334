package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateService;

/** For the delegate who forgot the invitation: find them by name, phone or unit (diacritics optional), then check in. */
class DoorSearch extends Div {

    static final int LIMIT = 8;

    private final DelegateService delegates;
    private final long conferenceId;
    private final Consumer<Delegate> checkIn;
    final TextField text = new TextField();
    final Div matches = new Div();

    DoorSearch(DelegateService delegates, long conferenceId, Consumer<Delegate> checkIn) {
        this.delegates = delegates;
        this.conferenceId = conferenceId;
        this.checkIn = checkIn;
        addClassName("hn-gate-search");
        text.setLabel(getTranslation("gate.search"));
        text.setPlaceholder(getTranslation("gate.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.getElement().setAttribute("autocomplete", "off");
        text.addValueChangeListener(e -> refresh());
        matches.addClassName("hn-gate-matches");
        add(new H3(getTranslation("gate.search.title")), text, matches);
    }

    void refresh() {
        matches.removeAll();
        String query = text.getValue();
        if (query == null || query.strip().length() < 2) {
            return;
        }
        List<Delegate> found = delegates.findAtTheDoor(conferenceId, query, LIMIT + 1);
        if (found.isEmpty()) {
            matches.add(new Span(getTranslation("gate.search.none")));
        }
        found.stream().limit(LIMIT).forEach(d -> matches.add(card(d)));
        if (found.size() > LIMIT) {
            Span more = new Span(getTranslation("gate.search.more", LIMIT));
            more.addClassName("hn-count");
            matches.add(more);
        }
    }

    private Div card(Delegate d) {
        Div who = new Div();
        who.addClassName("hn-gate-match-who");
        Span name = new Span(d.fullName());
        name.addClassName("hn-gate-match-name");
        who.add(name);
        if (d.hasSubstitute()) {
            who.add(small(getTranslation("gate.match.substitute", d.substituteName())));
        }
        who.add(small(d.title() == null ? d.unitName() : d.unitName() == null ? d.title() : d.title() + " – " + d.unitName()));
        who.add(small(ResultPanel.place(this, d)));
        if (d.checkedInAt() != null) {
            Span badge = new Span(getTranslation("gate.match.checkedIn", Times.TIME.format(Times.local(d.checkedInAt()))));
            badge.getElement().getThemeList().add("badge success small");
            who.add(badge);
        }
        Button button = new Button(getTranslation("gate.checkIn"), VaadinIcon.CHECK.create(), e -> {
            text.clear();
            checkIn.accept(d);
        });
        button.addThemeVariants(d.checkedInAt() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        Div card = new Div(who, button);
        card.addClassName("hn-gate-match");
        return card;
    }

    private static Span small(String text) {
        Span s = new Span(text == null ? "" : text);
        s.addClassName("hn-substitute");
        return s;
    }
}
