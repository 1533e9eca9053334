package vn.hoinghi.award.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** Translations for the award page's helpers that are not components themselves. */
final class I18n {

    private I18n() {
    }

    static String text(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }
}
