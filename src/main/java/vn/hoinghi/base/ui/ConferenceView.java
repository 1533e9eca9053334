package vn.hoinghi.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A page of the conference its address names, built afresh at every visit by {@link #build()}; without such a
 * conference the user goes to the list ({@link ConferencePage}).
 *
 * @param <C> the conference as the feature's API gives it
 */
public abstract class ConferenceView<C> extends VerticalLayout implements BeforeEnterObserver {

    private final LongFunction<Optional<C>> open;
    /** The conference of the page's address, set before {@link #build()}. */
    protected C conference;
    /** The page address's query parameters, set before {@link #build()}. */
    protected QueryParameters query = QueryParameters.empty();

    protected ConferenceView(LongFunction<Optional<C>> open) {
        this.open = open;
        setSizeFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        ConferencePage.enter(event, open).ifPresent(chosen -> {
            conference = chosen;
            query = event.getLocation().getQueryParameters();
            removeAll();
            build();
        });
    }

    /** Builds the page for {@link #conference}. */
    protected abstract void build();
}
