package vn.hoinghi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import vn.hoinghi.base.StaysVietnamese;

/** Vietnamese first, English second; the choice is kept for the session. */
@StaysVietnamese("each language named in its own language")
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(LocaleSupport.VIETNAMESE, Locale.ENGLISH);
        setItemLabelGenerator(l -> l.getLanguage().equals("vi") ? "Tiếng Việt" : "English");
        setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.ENGLISH : LocaleSupport.VIETNAMESE);
        addClassName("hn-language");
        setAriaLabel(getTranslation("language.switch"));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleSupport.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
