package vn.hoinghi.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * A feature's section of a point's desk (e.g. the rehearsal's checklist), without the desk depending on it. Spring
 * beans; the desk places their sections after its head, lower {@link #order()} first.
 */
public interface DeskContribution {

    /** Lower comes first among the features' sections. */
    int order();

    /**
     * The section for this point's desk. {@code guarded} runs an action (or a refresh) so that once the services refuse
     * the caller the desk's page reloads and says why; {@code hall}: the main hall's desk.
     */
    Component create(long conferenceId, long pointId, boolean hall, Consumer<Runnable> guarded);
}
