package vn.hoinghi.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.hoinghi.floor.DeskFloor;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorService;

/**
 * A hall delegate asks for the floor in a discussion, and sees where the request stands: waiting (their place),
 * speaking, declined, done. Shown only while a discussion is on or they have the floor; the form is made when first
 * shown, so a page that never sees a discussion never carries it.
 */
class HallFloorPanel extends Div {

    private final String speaker;
    private final Consumer<String> ask;
    private final Paragraph state = new Paragraph();
    private Div form;
    private TextField topic;

    HallFloorPanel(String speaker, Consumer<String> ask) {
        this.speaker = speaker;
        this.ask = ask;
        addClassNames("hn-dp-section", "hn-dp-floor");
        state.addClassName("hn-dp-floor-state");
        add(new H2(getTranslation("delegatePage.floor.title")), state);
        setVisible(false);
    }

    void show(DeskFloor floor) {
        FloorRequest mine = floor.mine();
        setVisible(floor.open() || floor.speaking());
        if (!isVisible()) {
            return;
        }
        String text = mine == null ? null : switch (mine.state()) {
            case WAITING -> getTranslation("floor.desk.waiting", floor.place());
            case SPEAKING -> getTranslation("delegatePage.floor.speaking");
            case DECLINED -> getTranslation("delegatePage.floor.declined");
            case DONE -> getTranslation("delegatePage.floor.done");
            case WITHDRAWN -> null;
        };
        state.setText(text == null ? "" : text);
        state.setVisible(text != null);
        state.getElement().setAttribute("data-state", mine == null ? "none" : mine.state().name().toLowerCase(java.util.Locale.ROOT));
        boolean mayAsk = floor.open() && (mine == null || mine.state() == vn.hoinghi.floor.FloorState.WITHDRAWN);
        if (mayAsk && form == null) {
            buildForm();
        }
        if (form != null) {
            form.setVisible(mayAsk);
        }
    }

    private void buildForm() {
        form = new Div();
        form.addClassName("hn-dp-floor-form");
        Paragraph who = new Paragraph(getTranslation("delegatePage.floor.speaker", speaker));
        topic = new TextField(getTranslation("floor.desk.topic"));
        topic.setMaxLength(FloorService.MAX_TOPIC);
        topic.setWidthFull();
        Button send = new Button(getTranslation("floor.desk.ask"), e -> ask.accept(topic.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(who, topic, send);
        add(form);
    }
}
