package vn.hoinghi.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Texts;

/** Every UI starts in Vietnamese unless the user picked English in this session. */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String ATTRIBUTE = "hoinghi.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Object chosen = e.getUI().getSession().getAttribute(ATTRIBUTE);
            Locale locale = chosen instanceof Locale l ? l : VIETNAMESE;
            e.getUI().setLocale(locale);
            // the connection indicator's texts (a gate phone on a weak network sees them) are Vaadin's English
            e.getUI().getReconnectDialogConfiguration().setDialogText(Texts.in(locale, "connection.reconnecting"));
            e.getUI().getReconnectDialogConfiguration().setDialogTextGaveUp(Texts.in(locale, "connection.lost"));
        });
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, locale);
    }
}
