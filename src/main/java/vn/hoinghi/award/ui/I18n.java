package vn.hoinghi.award.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Translations for the award page's helpers that are not components themselves. */
final class I18n {

    private I18n() {
    }

    static String text(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    /** A refusal as the page shows it: the service's own sentence, or the house's for a bare "Access Denied". */
    static String refusal(AccessDeniedException e) {
        return e instanceof AuthorizationDeniedException ? text("refused.text") : e.getMessage();
    }
}
