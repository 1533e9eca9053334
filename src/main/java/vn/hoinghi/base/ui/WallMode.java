package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Another view of the points' status wall that a feature shows in the wall's place (e.g. the rehearsal's progress by
 * cluster), chosen by {@code ?view=} in the wall's address so a projector's bookmark opens on it. Spring beans.
 */
public interface WallMode {

    /** The value of the wall's {@code view} parameter that shows this mode. */
    String name();

    /** The translation key of the link that switches the wall to it. */
    String labelKey();

    /** The view of this conference, following it live. */
    Component create(long conferenceId);
}
