package vn.hoinghi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * A page whose browser title is in the user's language: its menu entry's title, unless {@link #titleKey()} names
 * another translation key. Pages use this instead of a fixed {@code @PageTitle}.
 */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of the page's title: its {@code @Menu} title's by default. */
    default String titleKey() {
        Menu menu = AnnotationUtils.findAnnotation(getClass(), Menu.class);
        return menu == null ? null : menu.title();
    }

    @Override
    default String getPageTitle() {
        UI ui = UI.getCurrent();
        String key = titleKey();
        String app = ui.getTranslation("app.name");
        return key == null ? app : ui.getTranslation(key) + " · " + app;
    }
}
