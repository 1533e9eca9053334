package vn.hoinghi.base;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences for users, from the same translation files as the pages, in the language of the page whose request is
 * being served — so a service's refusal reads in the user's language. Where no page asks (background work, logs,
 * the scanner API, tests), in Vietnamese. Formatting follows Vaadin's provider: arguments through
 * {@link MessageFormat}, only when there are some.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The sentence {@code key} in the current page's language. */
    public static String t(String key, Object... args) {
        return in(current(), key, args);
    }

    public static String in(Locale locale, String key, Object... args) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No translation for " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? VIETNAMESE : ui.getLocale();
    }
}
