package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyLive;
import vn.hoinghi.award.CeremonyLiveService;
import vn.hoinghi.award.CeremonyRecipient;

/**
 * The hall screen during the awards item, while a batch is on stage: "KHEN THƯỞNG" and the award form, "Đợt 3/20",
 * the presenting leader, and the batch's recipients in large type — name, title and unit, and for a collective who
 * receives — in two columns from six recipients on, so a batch of ten reads from the back of the hall.
 */
class AwardScreen extends Div {

    private final CeremonyLiveService service;
    private final Span form = new Span();
    private final Span position = new Span();
    private final Paragraph presenter = new Paragraph();
    private final Div recipients = new Div();

    AwardScreen(CeremonyLiveService service) {
        this.service = service;
        addClassName("hn-award-screen");
        Span label = new Span(getTranslation("ceremony.screen.label"));
        label.addClassName("hn-award-label");
        form.addClassName("hn-award-form");
        position.addClassName("hn-award-position");
        Div heading = new Div(new Div(label, form), position);
        heading.addClassName("hn-award-heading");
        presenter.addClassName("hn-award-presenter");
        recipients.addClassName("hn-award-recipients");
        add(heading, presenter, recipients);
        setVisible(false);
    }

    /** Takes the screen when the awards item is on with a batch on stage; false: the hall's usual screen shows. */
    boolean show(long conferenceId, AgendaLive live) {
        boolean awards = live.current() != null && live.current().item().kind() == AgendaKind.AWARDS;
        CeremonyLive ceremony = awards ? service.live(conferenceId) : null;
        boolean on = ceremony != null && ceremony.on();
        setVisible(on);
        if (on) {
            fill(ceremony.current(), ceremony.batchCount());
        }
        return on;
    }

    private void fill(CeremonyBatch batch, int count) {
        form.setText(String.join(" · ", batch.forms()));
        position.setText(getTranslation("ceremony.position", batch.number(), count));
        presenter.setText(batch.presenter() == null ? "" : getTranslation("ceremony.screen.presenter", batch.presenter()));
        recipients.removeAll();
        int n = batch.recipients().size();
        recipients.getElement().getClassList().set("hn-award-two-columns", n > 5);
        recipients.getElement().getStyle().set("--hn-award-rows", String.valueOf(n > 5 ? (n + 1) / 2 : n));
        int i = 0;
        for (CeremonyRecipient r : batch.recipients()) {
            recipients.add(card(++i, r));
        }
    }

    private Div card(int number, CeremonyRecipient r) {
        Span no = new Span(number + ".");
        no.addClassName("hn-award-number");
        Span name = new Span(r.fullName());
        name.addClassName("hn-award-name");
        Div text = new Div(name);
        String unit = r.titleAndUnit();
        if (unit != null) {
            text.add(line("hn-award-unit", unit));
        }
        if (r.collective() && r.delegateName() != null && !r.hasStandIn()) {
            text.add(line("hn-award-receiver", getTranslation("ceremony.screen.receiver",
                    CeremonyRecipient.person(r.delegateName(), r.delegateTitle()))));
        }
        if (r.hasStandIn()) {
            text.add(line("hn-award-receiver", getTranslation("ceremony.screen.standIn",
                    CeremonyRecipient.person(r.standInName(), r.standInTitle()))));
        }
        Div card = new Div(no, text);
        card.addClassName("hn-award-recipient");
        return card;
    }

    private static Span line(String className, String text) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }
}
