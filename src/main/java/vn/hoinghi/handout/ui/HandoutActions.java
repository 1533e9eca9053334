package vn.hoinghi.handout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Supplier;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.handout.Handout;
import vn.hoinghi.handout.HandoutContent;
import vn.hoinghi.handout.HandoutService;

/** One document's buttons: order, title and audience, publish or withdraw, open it as the delegates would, remove. */
class HandoutActions extends HorizontalLayout {

    HandoutActions(HandoutService handouts, Handout h, Supplier<List<CompositionGroup>> groups, Runnable refresh) {
        long conference = h.conferenceId();
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        Button up = icon(VaadinIcon.ARROW_UP, "handout.up", () -> {
            handouts.move(conference, h.id(), -1);
            refresh.run();
        });
        Button down = icon(VaadinIcon.ARROW_DOWN, "handout.down", () -> {
            handouts.move(conference, h.id(), 1);
            refresh.run();
        });
        Button audience = new Button(getTranslation("handout.edit"),
                e -> new AudienceDialog(handouts, h, groups.get(), refresh).open());
        audience.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button publish = new Button(getTranslation(h.published() ? "handout.unpublish" : "handout.publish"), e -> {
            if (h.published()) {
                handouts.unpublish(conference, h.id());
            } else {
                handouts.publish(conference, h.id());
            }
            refresh.run();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (!h.published()) {
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Anchor open = new Anchor(Downloads.file(h.kind().made() ? h.title() + ".pdf" : h.fileName(),
                h.kind().made() ? Downloads.PDF : h.mediaType(), () -> content(handouts, h)), "");
        open.add(VaadinIcon.DOWNLOAD_ALT.create());
        open.getElement().setAttribute("title", getTranslation("handout.open"));
        open.getElement().setAttribute("aria-label", getTranslation("handout.open"));
        open.addClassName("hn-handout-open");
        open.getStyle().set("text-decoration", "none").set("padding", "0 var(--lumo-space-xs)");
        Button remove = icon(VaadinIcon.TRASH, "handout.remove", () -> Confirmations.ask(
                getTranslation("handout.remove.title"), getTranslation("handout.remove.text", h.title()),
                getTranslation("handout.remove"), e -> {
                    handouts.remove(conference, h.id());
                    refresh.run();
                }).open());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(up, down, audience, publish, open, remove);
    }

    private static byte[] content(HandoutService handouts, Handout h) {
        HandoutContent c = handouts.content(h.conferenceId(), h.id());
        return c.content();
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        return b;
    }
}
