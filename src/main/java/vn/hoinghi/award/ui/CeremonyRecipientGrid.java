package vn.hoinghi.award.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import java.util.function.Consumer;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.DelegateSuggestion;

/**
 * The recipients in calling order: batch, who, the delegate linked (or the name-matched suggestion to confirm),
 * whether they are checked in, and a stand-in. A click opens the recipient's dialog.
 */
class CeremonyRecipientGrid extends Grid<CeremonyRecipient> {

    private Map<Long, DelegateSuggestion> suggestions = Map.of();

    CeremonyRecipientGrid(Consumer<CeremonyRecipient> open) {
        addClassName("hn-ceremony-recipients");
        addColumn(CeremonyRecipient::batchNumber).setHeader(getTranslation("ceremony.col.batch")).setWidth("5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(r -> AwardBadges.type(r.type()))).setHeader(getTranslation("awards.col.type"))
                .setWidth("6.5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(CeremonyRecipientGrid::who)).setHeader(getTranslation("awards.col.name")).setFlexGrow(3);
        addColumn(new ComponentRenderer<>(this::delegate)).setHeader(getTranslation("ceremony.col.delegate")).setFlexGrow(2)
                .setTooltipGenerator(r -> r.delegateName() == null ? null : CeremonyRecipient.person(r.delegateName(), r.delegateTitle()));
        addColumn(new ComponentRenderer<>(this::presence)).setHeader(getTranslation("ceremony.col.presence"))
                .setWidth("11.5rem").setFlexGrow(0);
        addColumn(r -> r.hasStandIn() ? CeremonyRecipient.person(r.standInName(), r.standInTitle()) : "")
                .setHeader(getTranslation("ceremony.col.standIn")).setFlexGrow(2)
                .setTooltipGenerator(r -> CeremonyRecipient.person(r.standInName(), r.standInTitle()));
        addColumn(new ComponentRenderer<>(AwardBadges::status)).setHeader(getTranslation("awards.col.status"))
                .setWidth("9rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    void suggestions(Map<Long, DelegateSuggestion> suggestions) {
        this.suggestions = suggestions;
    }

    private static Div who(CeremonyRecipient r) {
        Div cell = new Div(new Span(r.fullName()));
        cell.addClassName("hn-name-cell");
        if (r.titleAndUnit() != null) {
            Span more = new Span(r.titleAndUnit());
            more.addClassName("hn-substitute");
            cell.add(more);
        }
        return cell;
    }

    private Span delegate(CeremonyRecipient r) {
        if (r.delegateName() != null) {
            return new Span(CeremonyRecipient.person(r.delegateName(), r.delegateTitle()));
        }
        DelegateSuggestion s = suggestions.get(r.nominationId());
        Span span = new Span(s == null ? "" : getTranslation("ceremony.suggested", CeremonyRecipient.person(s.fullName(), s.title())));
        span.addClassName("hn-ceremony-suggestion");
        return span;
    }

    private Span presence(CeremonyRecipient r) {
        Span s = new Span(r.flag() == null ? getTranslation("ceremony.present") : getTranslation("ceremony.flag." + r.flag().name()));
        s.addClassName(r.flag() == null ? "hn-ceremony-ok" : "hn-ceremony-flag");
        return s;
    }
}
