package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.hoinghi.delegate.CompositionGroup;

/** Where the committee prints the cards (of all groups or one) and the name plates of the conference in the address. */
class CardsDialog extends Dialog {

    CardsDialog(DelegateActions actions, long conferenceId, List<CompositionGroup> groups) {
        setHeaderTitle(getTranslation("cards.title"));
        setWidth("34rem");
        Select<CompositionGroup> group = new Select<>();
        group.setLabel(getTranslation("cards.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g == null ? getTranslation("cards.allGroups") : g.name());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("cards.allGroups"));
        group.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("cards.help"));
        help.addClassName("hn-help");
        VerticalLayout body = new VerticalLayout(group,
                actions.cardsLink(conferenceId, () -> group.getValue() == null ? null : group.getValue().id()),
                actions.platesLink(conferenceId, "cards.plates"), help);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
