package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyLive;
import vn.hoinghi.award.CeremonyLiveService;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * On the MC's page during the awards item: "Đợt 3/20", who presents, the recipients of the batch on stage in the
 * order to read them, with who receives for a collective, who is not checked in and who comes up instead; and
 * the next batch. Check-ins and the committee's changes reach it by themselves.
 */
class CeremonyBoard extends Div {

    private final CeremonyLiveService service;
    private final long conferenceId;
    private final Span position = new Span();
    private final Paragraph presenter = new Paragraph();
    private final OrderedList recipients = new OrderedList();
    private final Paragraph next = new Paragraph();
    private boolean following;

    CeremonyBoard(CeremonyLiveService service, LiveHub hub, long conferenceId) {
        this.service = service;
        this.conferenceId = conferenceId;
        addClassName("hn-mc-ceremony");
        position.addClassName("hn-mc-batch-position");
        presenter.addClassName("hn-mc-batch-presenter");
        recipients.addClassName("hn-mc-batch-list");
        next.addClassName("hn-mc-batch-next");
        add(position, presenter, recipients, next);
        setVisible(false);
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.AWARDS, LiveTopic.ATTENDANCE), () -> {
            if (following) {
                show(service.live(conferenceId));
            }
        });
    }

    /** Shows the ceremony while an awards item is on; returns what it shows, or null. */
    CeremonyLive follow(AgendaSlot current) {
        following = current != null && current.item().kind() == AgendaKind.AWARDS;
        setVisible(following);
        if (!following) {
            return null;
        }
        CeremonyLive live = service.live(conferenceId);
        show(live);
        return live;
    }

    private void show(CeremonyLive live) {
        recipients.removeAll();
        CeremonyBatch batch = live.current();
        if (!live.planned()) {
            position.setText(getTranslation("ceremony.mc.none"));
            presenter.setText("");
            next.setText("");
            return;
        }
        if (batch == null) {
            position.setText(getTranslation("ceremony.mc.before", live.batchCount()));
            presenter.setText("");
        } else {
            position.setText(getTranslation("ceremony.position", batch.number(), live.batchCount()));
            presenter.setText(getTranslation("ceremony.presenter", orDash(batch.presenter())));
            batch.recipients().forEach(r -> recipients.add(line(r)));
        }
        CeremonyBatch after = live.next();
        next.setText(after == null ? getTranslation("ceremony.mc.last")
                : getTranslation("ceremony.mc.next", after.number(), after.recipients().size(), orDash(after.presenter())));
    }

    private ListItem line(CeremonyRecipient r) {
        Span name = new Span(r.fullName());
        name.addClassName("hn-mc-recipient-name");
        ListItem item = new ListItem(name);
        String unit = r.titleAndUnit();
        if (unit != null) {
            item.add(new Span(" — " + unit));
        }
        Div notes = new Div();
        notes.addClassName("hn-mc-recipient-notes");
        if (r.collective() && r.delegateName() != null) {
            notes.add(note("hn-mc-receiver", getTranslation("ceremony.receiver",
                    CeremonyRecipient.person(r.delegateName(), r.delegateTitle()))));
        }
        if (r.flag() != null) {
            notes.add(note("hn-mc-absent", getTranslation("ceremony.flag." + r.flag().name())));
        }
        if (r.hasStandIn()) {
            notes.add(note("hn-mc-stand-in", getTranslation("ceremony.standIn",
                    CeremonyRecipient.person(r.standInName(), r.standInTitle()))));
        }
        if (notes.getComponentCount() > 0) {
            item.add(notes);
        }
        return item;
    }

    private static Span note(String className, String text) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
