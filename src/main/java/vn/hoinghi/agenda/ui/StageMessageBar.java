package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;

/** The MC's messages to the speaker's screen: the two usual ones in one tap, free text, and clearing. */
class StageMessageBar extends Div {

    private final Span message = new Span();
    private final TextField freeText = new TextField();

    /** {@code act} runs an operation on the live programme and shows its outcome. */
    StageMessageBar(AgendaLiveService service, Consumer<LongFunction<AgendaLive>> act) {
        addClassName("hn-mc-messages");
        String oneMinuteLeft = getTranslation("agenda.live.oneMinuteLeft");
        Button oneMinute = new Button(oneMinuteLeft, e -> act.accept(id -> service.message(id, oneMinuteLeft)));
        String pleaseFinish = getTranslation("agenda.live.pleaseFinish");
        Button finish = new Button(pleaseFinish, e -> act.accept(id -> service.message(id, pleaseFinish)));
        finish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        freeText.setPlaceholder(getTranslation("live.message.placeholder"));
        freeText.setMaxLength(500);
        freeText.setClearButtonVisible(true);
        freeText.addClassName("hn-mc-free-text");
        Button send = new Button(getTranslation("live.message.send"), VaadinIcon.PAPERPLANE.create(), e -> {
            if (freeText.getValue().isBlank()) {
                freeText.focus();
                return;
            }
            act.accept(id -> service.message(id, freeText.getValue()));
            freeText.clear();
        });
        freeText.addKeyPressListener(Key.ENTER, e -> send.click());
        Button clear = new Button(getTranslation("live.message.clear"), VaadinIcon.CLOSE_SMALL.create(),
                e -> act.accept(service::clearMessage));
        // A clicked button lets go of the focus, so Space or a clicker's key moves the programme instead.
        oneMinute.addClickListener(e -> oneMinute.blur());
        finish.addClickListener(e -> finish.blur());
        clear.addClickListener(e -> clear.blur());
        oneMinute.addClassName("hn-mc-one-minute");
        finish.addClassName("hn-mc-finish");
        clear.addClassName("hn-mc-clear");
        message.addClassName("hn-mc-message");
        Span label = new Span(getTranslation("live.message"));
        label.addClassName("hn-live-label");
        add(label, message, new Div(oneMinute, finish, freeText, send, clear));
    }

    void show(String current) {
        message.setText(current == null ? getTranslation("live.message.none") : current);
        message.getElement().getClassList().set("hn-mc-message-on", current != null);
    }
}
