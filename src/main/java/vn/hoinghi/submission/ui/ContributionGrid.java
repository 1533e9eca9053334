package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionStatus;

/** The committee's list: unit, topic, deadline, status, latest version, speaker, delivery; overdue rows in red. */
class ContributionGrid extends Grid<Contribution> {

    /** What the committee asks for; the view calls the services. */
    interface Actions {
        void open(Contribution c);

        void edit(Contribution c);
    }

    private final Actions actions;
    private LocalDate today;

    ContributionGrid(Actions actions) {
        this.actions = actions;
        addClassName("hn-contrib-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Contribution::position).setHeader(getTranslation("contrib.col.order")).setWidth("4rem").setFlexGrow(0);
        addColumn(Contribution::unitName).setHeader(getTranslation("contrib.col.unit")).setWidth("9rem").setFlexGrow(1);
        addComponentColumn(this::topic).setHeader(getTranslation("contrib.col.topic")).setWidth("14rem").setFlexGrow(3);
        addComponentColumn(this::deadline).setHeader(getTranslation("contrib.col.deadline")).setWidth("7.5rem").setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("contrib.col.status")).setWidth("9.5rem").setFlexGrow(0);
        addComponentColumn(this::latest).setHeader(getTranslation("contrib.col.latest")).setWidth("7.5rem").setFlexGrow(0);
        addComponentColumn(this::speaker).setHeader(getTranslation("contrib.col.speaker")).setWidth("10rem").setFlexGrow(1);
        addComponentColumn(this::buttons).setWidth("6rem").setFlexGrow(0);
        setPartNameGenerator(c -> c.overdueOn(today) ? "hn-contrib-overdue-row" : null);
        addItemDoubleClickListener(e -> actions.open(e.getItem()));
    }

    void show(LocalDate today, List<Contribution> rows) {
        this.today = today;
        setItems(rows);
    }

    private Div topic(Contribution c) {
        Div cell = cell(c.topic());
        if (c.notes() != null) {
            cell.add(secondary(c.notes()));
        }
        if (c.lastComment() != null && c.status() == ContributionStatus.CHANGES_REQUESTED) {
            cell.add(secondary("↳ " + c.lastComment()));
        }
        return cell;
    }

    private Div deadline(Contribution c) {
        Div cell = cell(Times.DATE.format(c.deadline()));
        var daysLeft = Badges.deadline(c, today); // while the unit owes its text: days left, or overdue
        if (daysLeft != null) {
            cell.add(daysLeft);
        }
        return cell;
    }

    private Div latest(Contribution c) {
        if (c.latestVersion() == 0) {
            Div cell = cell(getTranslation("contrib.noVersion"));
            cell.addClassName("hn-substitute");
            return cell;
        }
        Div cell = cell(getTranslation("contrib.version", c.latestVersion(), Times.DATE.format(Times.local(c.latestAt()))));
        if (c.latestLate()) {
            cell.add(Badges.late());
        }
        return cell;
    }

    private Div speaker(Contribution c) {
        if (c.speakerName() == null) {
            Div cell = cell(getTranslation("contrib.noSpeaker"));
            cell.addClassName("hn-substitute");
            return cell;
        }
        Div cell = cell(c.speakerName());
        if (c.speakerTitle() != null) {
            cell.add(secondary(c.speakerTitle()));
        }
        String minutes = c.speakerMinutes() == null ? "" : getTranslation("contrib.minutes", c.speakerMinutes()) + " · ";
        cell.add(secondary(minutes + (c.speaksFromPointName() == null ? getTranslation("contrib.hall") : c.speaksFromPointName())));
        return cell;
    }

    /** The status, and for an accepted contribution how it is delivered. */
    private Div status(Contribution c) {
        Div cell = new Div(Badges.status(c.status()));
        cell.addClassName("hn-name-cell");
        if (c.delivery() != null) {
            cell.add(secondary(getTranslation("contrib.delivery." + c.delivery())));
        }
        if (c.scheduled()) {
            cell.add(secondary(getTranslation("contrib.inAgenda")));
        }
        return cell;
    }

    private HorizontalLayout buttons(Contribution c) {
        HorizontalLayout row = new HorizontalLayout(
                button(VaadinIcon.EYE, "contrib.open", () -> actions.open(c)),
                button(VaadinIcon.EDIT, "contrib.edit", () -> actions.edit(c)));
        row.setSpacing(false);
        row.getElement().setAttribute("data-contribution", Long.toString(c.id()));
        return row;
    }

    private Button button(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        b.addClassName("hn-contrib-" + label.substring(label.indexOf('.') + 1));
        return b;
    }

    private static Div cell(String text) {
        Div cell = new Div(new Span(text));
        cell.addClassName("hn-name-cell");
        return cell;
    }

    private static Span secondary(String text) {
        Span s = new Span(text);
        s.addClassName("hn-substitute");
        return s;
    }
}
