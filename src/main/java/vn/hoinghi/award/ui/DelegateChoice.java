package vn.hoinghi.award.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.List;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.delegate.Delegate;

/** A delegate picker for the ceremony: leaders with a protocol rank first, in rank order, then everyone by name. */
final class DelegateChoice {

    static final Comparator<Delegate> PROTOCOL = Comparator
            .comparing((Delegate d) -> d.protocolRank() == null ? Integer.MAX_VALUE : d.protocolRank())
            .thenComparing(d -> SearchKey.fold(d.fullName()));

    private DelegateChoice() {
    }

    static List<Delegate> inProtocolOrder(List<Delegate> delegates) {
        return delegates.stream().filter(d -> !d.withdrawn()).sorted(PROTOCOL).toList();
    }

    static ComboBox<Delegate> of(List<Delegate> delegates, Long selected) {
        ComboBox<Delegate> box = new ComboBox<>();
        box.setItems((item, filter) -> SearchKey.fold(label(item)).contains(SearchKey.fold(filter)), delegates);
        box.setItemLabelGenerator(DelegateChoice::label);
        // No clear button: with one, Escape (pressed to leave the field or the grid's row) clears the leader chosen.
        // Emptying the text still clears it.
        box.setClearButtonVisible(false);
        box.setWidthFull();
        delegates.stream().filter(d -> selected != null && d.id() == selected).findFirst().ifPresent(box::setValue);
        return box;
    }

    static String label(Delegate d) {
        return d.title() == null ? d.fullName() : d.fullName() + " – " + d.title();
    }
}
