package vn.hoinghi;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * For a test: what runs inside reads as it would for a page in this language ({@code Texts} follows
 * {@code UI.getCurrent()}'s locale). {@code try (var _ = OnPage.english()) { … }}
 */
public final class OnPage implements AutoCloseable {

    private final UI previous = UI.getCurrent();
    /** Held here: Vaadin keeps the current UI by a weak reference, and a collected one would mean "no page". */
    private final UI page = new UI();

    private OnPage(Locale locale) {
        page.setLocale(locale);
        UI.setCurrent(page);
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
