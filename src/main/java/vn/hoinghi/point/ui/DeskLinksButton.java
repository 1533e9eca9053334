package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.LongSupplier;
import vn.hoinghi.point.DeskLinkService;

/** The points page's button that opens the points' sign-in links. */
final class DeskLinksButton {

    private DeskLinksButton() {
    }

    static Button of(DeskLinkService deskLinks, LongSupplier conferenceId) {
        Button button = new Button(VaadinIcon.KEY.create(),
                e -> new DeskLinksDialog(deskLinks, conferenceId.getAsLong()).open());
        button.setText(button.getTranslation("deskLinks.button"));
        button.addClassName("hn-desk-links-open");
        return button;
    }
}
