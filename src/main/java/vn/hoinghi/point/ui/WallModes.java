package vn.hoinghi.point.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.ui.WallMode;

/**
 * The wall's other views ({@link WallMode}, e.g. the rehearsal's progress), chosen by {@code ?view=} in the address,
 * and the links that switch between them and the links' status; the page hides its own band and rows meanwhile.
 */
class WallModes extends Div {

    static final String PARAMETER = "view";

    private final List<WallMode> modes;
    private Component shown;
    private String shownKey;

    WallModes(List<WallMode> modes) {
        this.modes = modes;
        addClassName("hn-wall-modes");
        setVisible(!modes.isEmpty());
    }

    /** Shows in {@code page} the mode the address asks for, if any, and the links to the others; true if one shows. */
    boolean show(HasComponents page, long conferenceId, QueryParameters parameters) {
        Optional<WallMode> asked = parameters.getSingleParameter(PARAMETER)
                .flatMap(name -> modes.stream().filter(m -> m.name().equals(name)).findFirst());
        String key = asked.map(m -> m.name() + "@" + conferenceId).orElse(null);
        if (!Objects.equals(shownKey, key)) {
            if (shown != null) {
                page.remove(shown);
            }
            shown = asked.map(m -> m.create(conferenceId)).orElse(null);
            shownKey = key;
            if (shown != null) {
                page.add(shown);
            }
        }
        removeAll();
        String wall = ConferencePath.of(conferenceId, "point-status");
        if (asked.isPresent()) {
            add(new Anchor(wall, getTranslation("wall.mode.status")));
        }
        modes.stream().filter(m -> asked.map(a -> a != m).orElse(true))
                .forEach(m -> add(new Anchor(wall + "?" + PARAMETER + "=" + m.name(), getTranslation(m.labelKey()))));
        return asked.isPresent();
    }
}
