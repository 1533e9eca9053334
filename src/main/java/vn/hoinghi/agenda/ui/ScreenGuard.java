package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/** What every unattended screen does for its link: show only its own kind, and close when the link is revoked. */
final class ScreenGuard {

    private ScreenGuard() {
    }

    /** A display sent to another kind of screen goes back to its own; true when this screen may show. */
    private static boolean admit(BeforeEnterEvent event, ScreenKind kind) {
        Optional<ScreenPass> pass = ScreenLinkService.current();
        if (pass.isPresent() && pass.get().kind() != kind) {
            event.forwardTo(pass.get().kind().route());
            return false;
        }
        return true;
    }

    /** The conference a screen shows; null once the browser is sent elsewhere (its own screen, or the list). */
    static Conference conference(BeforeEnterEvent event, ScreenKind kind, ConferenceService conferences) {
        if (!admit(event, kind)) {
            return null;
        }
        Conference conference = conferences.current().orElse(null);
        if (conference == null) {
            event.forwardTo("conferences");
        }
        return conference;
    }

    /**
     * A screen's refresh; once its link is revoked the services refuse it, and the screen reloads, which signs the
     * display out and shows it closed.
     */
    static Runnable guarded(Runnable refresh) {
        return () -> {
            try {
                refresh.run();
            } catch (AccessDeniedException revoked) {
                UI.getCurrent().getPage().reload();
            }
        };
    }
}
