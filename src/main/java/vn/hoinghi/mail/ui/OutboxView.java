package vn.hoinghi.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.security.AppRoles;

/** Every mail of the current conference, newest first; a click opens it with its attachment. */
@Route("outbox")
@PageTitle("Hộp thư đi")
@Menu(title = "nav.outbox", order = 60, icon = "vaadin:envelopes-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class OutboxView extends VerticalLayout {

    private final MailService mails;
    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(MailService mails, ConferenceService conferences) {
        this.mails = mails;
        addClassName("hn-outbox");
        setSizeFull();
        add(new H2(getTranslation("nav.outbox")));
        conferences.current().ifPresentOrElse(this::show, this::showNoConference);
    }

    private void show(Conference conference) {
        if (!mails.sending()) {
            Paragraph kept = new Paragraph(getTranslation("outbox.keptHint"));
            kept.addClassName("hn-hint");
            add(kept);
        }
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("outbox.recipient"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.status." + m.status())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(m -> Times.DATE_TIME.format(Times.local(m.createdAt()))).setHeader(getTranslation("outbox.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addItemClickListener(e -> new MailDialog(mails, e.getItem()).open());
        grid.setItems(mails.outbox(conference.id()));
        grid.setSizeFull();
        add(grid);
    }

    private void showNoConference() {
        add(new Paragraph(getTranslation("outbox.noConference")),
                new Anchor("conferences", getTranslation("outbox.chooseConference")));
    }
}
