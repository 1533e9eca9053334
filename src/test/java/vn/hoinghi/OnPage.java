package vn.hoinghi;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * For a test: what runs inside reads as it would for a page in this language ({@code Texts} follows
 * {@code UI.getCurrent()}'s locale). {@code try (var _ = OnPage.english()) { … }}
 */
public final class OnPage implements AutoCloseable {

    private final UI previous = UI.getCurrent();

    private OnPage(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    public static OnPage in(Locale locale) {
        return new OnPage(locale);
    }

    public static OnPage english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public void close() {
        UI.setCurrent(previous);
    }
}
