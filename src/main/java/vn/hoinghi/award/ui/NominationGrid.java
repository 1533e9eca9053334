package vn.hoinghi.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Consumer;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationStatus;

/** The nominations in their stable order: who, proposed by whom, for what, and where the appraisal stands. */
class NominationGrid extends Grid<Nomination> {

    /** What the committee's row buttons do. */
    interface Appraiser {
        void accept(Nomination n);

        void refuse(Nomination n);
    }

    NominationGrid(Consumer<Nomination> open, Appraiser appraiser) {
        addClassName("hn-nomination-grid");
        addColumn(Nomination::position).setHeader(getTranslation("awards.col.position")).setWidth("4rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(n -> AwardBadges.type(n.type()))).setHeader(getTranslation("awards.col.type"))
                .setWidth("6rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(NominationGrid::nameCell)).setHeader(getTranslation("awards.col.name"))
                .setFlexGrow(4).setWidth("14rem");
        if (appraiser != null) {
            addColumn(Nomination::proposingUnitName).setHeader(getTranslation("awards.col.proposer"))
                    .setTooltipGenerator(Nomination::proposingUnitName).setFlexGrow(2).setWidth("9rem");
        }
        addColumn(Nomination::achievement).setHeader(getTranslation("awards.col.achievement"))
                .setTooltipGenerator(Nomination::achievement).setFlexGrow(3).setWidth("10rem");
        addColumn(new ComponentRenderer<>(AwardBadges::status)).setHeader(getTranslation("awards.col.status"))
                .setTooltipGenerator(n -> n.refusalReason() == null ? n.decisionNumber() : n.refusalReason())
                .setWidth("8.5rem").setFlexGrow(0);
        if (appraiser != null) {
            addColumn(new ComponentRenderer<>(n -> actions(n, appraiser))).setHeader(getTranslation("awards.col.appraise"))
                    .setWidth("6.5rem").setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    private static Div nameCell(Nomination n) {
        Div cell = new Div(new Span(n.fullName()));
        cell.addClassName("hn-name-cell");
        if (n.titleAndUnit() != null) {
            Span more = new Span(n.titleAndUnit());
            more.addClassName("hn-substitute");
            cell.add(more);
        }
        return cell;
    }

    private HorizontalLayout actions(Nomination n, Appraiser appraiser) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (n.status() == NominationStatus.PROPOSED || n.status() == NominationStatus.REFUSED) {
            buttons.add(button(VaadinIcon.CHECK, "awards.accept", ButtonVariant.LUMO_SUCCESS, () -> appraiser.accept(n)));
        }
        if (n.status() == NominationStatus.PROPOSED || n.status() == NominationStatus.ACCEPTED) {
            buttons.add(button(VaadinIcon.CLOSE_SMALL, "awards.refuse", ButtonVariant.LUMO_ERROR, () -> appraiser.refuse(n)));
        }
        return buttons;
    }

    private Button button(VaadinIcon icon, String key, ButtonVariant variant, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, variant);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        b.addClassName("hn-appraise-" + key.substring(key.indexOf('.') + 1));
        return b;
    }
}
