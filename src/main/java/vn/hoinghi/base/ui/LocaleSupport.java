package vn.hoinghi.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI starts in Vietnamese unless the user picked English in this session. */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String ATTRIBUTE = "hoinghi.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Object chosen = e.getUI().getSession().getAttribute(ATTRIBUTE);
            e.getUI().setLocale(chosen instanceof Locale l ? l : VIETNAMESE);
        });
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, locale);
    }
}
