package vn.hoinghi.base.ui;

import com.vaadin.flow.component.UI;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work a page starts off its request thread (reading an upload, printing hundreds of letters): it runs as the
 * signed-in user, and with the page as the current UI so that the services' sentences ({@code Texts.t}) read in the
 * page's language. The work still changes the page only through {@code ui.access}.
 */
public final class InBackground {

    private InBackground() {
    }

    public static void run(UI ui, Runnable work) {
        Runnable inThePagesLanguage = () -> {
            UI.setCurrent(ui);
            try {
                work.run();
            } finally {
                UI.setCurrent(null);
            }
        };
        Thread.startVirtualThread(new DelegatingSecurityContextRunnable(inThePagesLanguage,
                SecurityContextHolder.getContext()));
    }
}
