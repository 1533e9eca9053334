package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * A higher feature's part of a live screen that a lower feature owns (the alerts' banner on the status wall and the
 * technicians' screen), without the screen's feature depending on it: Spring beans, each asked once by the screen
 * as it is built, in {@link org.springframework.core.annotation.Order} order.
 */
public interface ScreenPart {

    /** The screens that take parts. */
    enum Screen { STATUS_WALL, TECHNICIANS }

    /**
     * The part for this screen; it follows its topics itself. {@code conferenceId} is the screen's conference, asked on
     * attach and after each navigation (null while it shows none).
     */
    Component create(Screen screen, Supplier<Long> conferenceId);
}
