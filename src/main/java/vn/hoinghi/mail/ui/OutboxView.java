package vn.hoinghi.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.base.ui.ConferenceView;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.security.AppRoles;

/** Every mail of the page's conference, newest first; a click opens it with its attachment. */
@Route(ConferencePath.ROUTE + "/outbox")
@Menu(title = "nav.outbox", order = 145, icon = "vaadin:envelopes-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
class OutboxView extends ConferenceView<Conference> implements TranslatedTitle {

    private final MailService mails;
    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(MailService mails, ConferenceService conferences) {
        super(conferences::open);
        this.mails = mails;
        addClassName("hn-outbox");
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("outbox.recipient"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.status." + m.status())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(m -> Times.DATE_TIME.format(Times.local(m.createdAt()))).setHeader(getTranslation("outbox.time"))
                .setAutoWidth(true).setFlexGrow(0);
        ComponentTexts.sortLabels(grid);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.addItemClickListener(e -> new MailDialog(mails, e.getItem()).open());
        grid.setSizeFull();
    }

    @Override
    protected void build() {
        add(new H2(getTranslation("nav.outbox")));
        if (!mails.sending()) {
            Paragraph kept = new Paragraph(getTranslation("outbox.keptHint"));
            kept.addClassName("hn-hint");
            add(kept);
        }
        grid.setItems(mails.outbox(conference.id()));
        add(grid);
    }
}
