package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/** What every unattended screen does for its link: show only its own kind, and close when the link is revoked. */
final class ScreenGuard {

    private ScreenGuard() {
    }

    /**
     * The conference a screen shows; null once the browser is sent elsewhere. A display sent to another screen, or
     * to another conference, goes back to its own screen.
     */
    static Conference conference(BeforeEnterEvent event, ScreenKind kind, ConferenceService conferences) {
        Optional<ScreenPass> pass = ScreenLinkService.current();
        if (pass.isPresent() && (pass.get().kind() != kind
                || ConferencePage.id(event.getRouteParameters()).orElse(-1) != pass.get().conferenceId())) {
            event.forwardTo(pass.get().kind().path(pass.get().conferenceId()));
            return null;
        }
        return ConferencePage.enter(event, conferences::open).orElse(null);
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
