package vn.hoinghi.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ConferencePath;

/** What every conference page does on entering: take its conference from the address, or go to the list. */
public final class ConferencePage {

    private ConferencePage() {
    }

    /**
     * The conference of the page's address, as {@code open} gives it to this user. When the address names none, or
     * one that does not exist or that this user may not open, the user goes to the conference list and is told why.
     */
    public static <C> Optional<C> enter(BeforeEnterEvent event, LongFunction<Optional<C>> open) {
        Optional<C> conference = Optional.empty();
        OptionalLong id = id(event.getRouteParameters());
        if (id.isPresent()) {
            try {
                conference = open.apply(id.getAsLong());
            } catch (AccessDeniedException refused) {
                conference = Optional.empty();
            }
        }
        if (conference.isEmpty()) {
            event.forwardTo("conferences");
            Notifications.error(event.getUI().getTranslation("conference.notFound"));
        }
        return conference;
    }

    /** The conference named by a page's address, if it names one. */
    public static OptionalLong id(RouteParameters parameters) {
        return parameters.get(ConferencePath.PARAMETER).map(Long::parseLong)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }
}
