package vn.hoinghi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Locale;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A plain button naming the other language ("English" on a Vietnamese page, "Tiếng Việt" on an English one): the
 * language switch of the public pages that must stay light (a delegate's own page), where a select is too much.
 */
@StaysVietnamese("each language named in its own language")
public class LanguageToggle extends NativeButton {

    public LanguageToggle() {
        boolean english = UI.getCurrent().getLocale().getLanguage().equals("en");
        Locale other = english ? LocaleSupport.VIETNAMESE : Locale.ENGLISH;
        setText(english ? "Tiếng Việt" : "English");
        getElement().setAttribute("lang", english ? "vi" : "en");
        addClassName("hn-language-toggle");
        addClickListener(e -> {
            LocaleSupport.choose(other);
            UI.getCurrent().getPage().reload();
        });
    }
}
