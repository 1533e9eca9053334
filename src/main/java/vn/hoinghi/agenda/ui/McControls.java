package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.award.CeremonyLive;

/**
 * The MC's buttons: start, previous, pause/resume, next, skip, +1 and +5 minutes; each enabled when it applies.
 * During the awards item, next and previous name the batch they call.
 */
class McControls extends Div {

    private final Button start = new Button();
    private final Button previous = new Button();
    private final Button pause = new Button();
    private final Button next = new Button();
    private final Button skip = new Button();
    private final Button plusOne = new Button();
    private final Button plusFive = new Button();
    private final Consumer<LongFunction<AgendaLive>> act;

    McControls(AgendaLiveService service, Consumer<LongFunction<AgendaLive>> act) {
        this.act = act;
        addClassName("hn-mc-controls");
        button(start, "live.start", VaadinIcon.PLAY, service::start, "hn-mc-start");
        button(previous, "live.previous", VaadinIcon.STEP_BACKWARD, service::previous, "hn-mc-previous");
        button(pause, "live.pause", VaadinIcon.PAUSE, service::pauseOrResume, "hn-mc-pause");
        button(next, "live.next", VaadinIcon.STEP_FORWARD, service::next, "hn-mc-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(skip, "live.skip", VaadinIcon.FAST_FORWARD, service::skip, "hn-mc-skip");
        button(plusOne, "live.plus1", VaadinIcon.PLUS, id -> service.extend(id, 1), "hn-mc-plus1");
        button(plusFive, "live.plus5", VaadinIcon.PLUS, id -> service.extend(id, 5), "hn-mc-plus5");
    }

    private void button(Button b, String key, VaadinIcon icon, LongFunction<AgendaLive> op, String className) {
        b.setText(getTranslation(key));
        b.setIcon(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        b.addClassName(className);
        b.addClickListener(e -> {
            act.accept(op);
            b.blur(); // so that Space or a clicker's key goes to the programme, not to this button again
        });
        add(b);
    }

    /** {@code ceremony}: the awards item's batches while it is on (null otherwise): next and previous walk them. */
    void show(AgendaLive live, CeremonyLive ceremony) {
        int total = live.agenda().slots().size();
        start.setVisible(!live.started());
        start.setText(getTranslation(live.ended() ? "live.restart" : "live.start"));
        previous.setEnabled(live.started() || live.ended());
        pause.setEnabled(live.started());
        next.setEnabled(total > 0 && !live.ended());
        skip.setEnabled(live.next() != null);
        plusOne.setEnabled(live.started());
        plusFive.setEnabled(live.started());
        pause.setText(getTranslation(live.state().paused() ? "live.resume" : "live.pause"));
        pause.setIcon((live.state().paused() ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
        boolean batches = ceremony != null && ceremony.planned();
        boolean moreBatches = batches && (!ceremony.on() || ceremony.current().number() < ceremony.batchCount());
        next.setText(moreBatches ? getTranslation("ceremony.next", ceremony.on() ? ceremony.current().number() + 1 : 1)
                : getTranslation("live.next"));
        previous.setText(getTranslation(batches && ceremony.on() ? "ceremony.previous" : "live.previous"));
    }
}
