package vn.hoinghi.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.GroupColours;
import vn.hoinghi.delegate.GroupService;

/** The conference's composition groups ("thành phần"): add, rename, reorder, remove unused. */
class GroupsDialog extends Dialog {

    private final GroupService service;
    private final long conferenceId;
    private final Grid<CompositionGroup> grid = new Grid<>();

    GroupsDialog(GroupService service, long conferenceId, Runnable onChange) {
        this.service = service;
        this.conferenceId = conferenceId;
        setHeaderTitle(getTranslation("groups.manage"));
        setWidth("54rem");
        grid.addColumn(CompositionGroup::position).setHeader("#").setWidth("3rem").setFlexGrow(0);
        grid.addComponentColumn(g -> {
            TextField name = new TextField();
            name.setValue(g.name());
            name.setWidthFull();
            name.addValueChangeListener(e -> act(() -> service.rename(conferenceId, g.id(), e.getValue())));
            return name;
        }).setHeader(getTranslation("groups.name")).setFlexGrow(1);
        grid.addComponentColumn(this::colour).setHeader(getTranslation("groups.colour")).setWidth("17rem").setFlexGrow(0);
        grid.addComponentColumn(g -> new HorizontalLayout(
                icon(VaadinIcon.ARROW_UP, "groups.up", () -> service.move(conferenceId, g.id(), -1)),
                icon(VaadinIcon.ARROW_DOWN, "groups.down", () -> service.move(conferenceId, g.id(), 1)),
                icon(VaadinIcon.TRASH, "groups.delete", () -> service.delete(g.id()))))
                .setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        TextField newName = new TextField();
        newName.setPlaceholder(getTranslation("groups.new"));
        newName.setWidthFull();
        Button add = new Button(getTranslation("groups.add"), e -> act(() -> {
            service.findOrCreate(conferenceId, newName.getValue());
            newName.clear();
        }));
        HorizontalLayout adding = new HorizontalLayout(newName, add);
        adding.setWidthFull();
        add(grid, adding);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onChange.run();
            }
        });
        refresh();
    }

    /** The colour of the group's cards, from the palette; none chosen prints the palette's colour for its place. */
    private Select<String> colour(CompositionGroup g) {
        Select<String> colour = new Select<>();
        colour.setItems(GroupColours.PALETTE.stream().map(GroupColours.Swatch::hex).toList());
        colour.setEmptySelectionAllowed(true);
        colour.setEmptySelectionCaption(getTranslation("groups.colour.auto", colourName(GroupColours.forPosition(g.position()))));
        colour.setRenderer(new ComponentRenderer<>(hex -> swatch(hex == null ? GroupColours.forPosition(g.position()) : hex,
                hex == null ? colour.getEmptySelectionCaption() : colourName(hex))));
        colour.setItemLabelGenerator(hex -> hex == null ? colour.getEmptySelectionCaption() : colourName(hex));
        colour.setValue(g.colour());
        colour.setAriaLabel(getTranslation("groups.colour") + " – " + g.name());
        colour.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> service.setColour(conferenceId, g.id(), e.getValue()));
            }
        });
        Span dot = new Span();
        dot.addClassName("hn-swatch");
        dot.getStyle().set("background", g.cardColour());
        colour.setPrefixComponent(dot);
        colour.setWidthFull();
        return colour;
    }

    private static Span swatch(String hex, String name) {
        Span dot = new Span();
        dot.addClassName("hn-swatch");
        dot.getStyle().set("background", hex);
        Span line = new Span(dot, new Span(name));
        line.addClassName("hn-swatch-line");
        return line;
    }

    private String colourName(String hex) {
        return GroupColours.PALETTE.stream().filter(s -> s.hex().equals(hex)).findFirst()
                .map(s -> getTranslation(s.key())).orElse(hex);
    }

    private Button icon(VaadinIcon icon, String tooltip, Runnable action) {
        Button b = new Button(icon.create(), e -> act(action));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setTooltipText(getTranslation(tooltip));
        b.setAriaLabel(getTranslation(tooltip));
        return b;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(service.list(conferenceId));
    }
}
