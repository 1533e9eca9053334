package vn.hoinghi.point.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.point.DeskLinkService;
import vn.hoinghi.point.DeskLinkService.Issue;
import vn.hoinghi.point.DeskLinkService.PointLink;

/**
 * The points' sign-in links (decision 026): make them for all remote points at once, download their cards as one
 * PDF right then (the codes are not kept), mail each technician theirs, and revoke one point's link or all.
 */
class DeskLinksDialog extends Dialog {

    private final DeskLinkService deskLinks;
    private final long conferenceId;
    private final Span summary = new Span();
    private final RadioButtonGroup<Issue> which = new RadioButtonGroup<>();
    private final Checkbox mail = new Checkbox();
    private final Paragraph made = new Paragraph();
    private final Grid<PointLink> grid = new Grid<>();

    DeskLinksDialog(DeskLinkService deskLinks, long conferenceId) {
        this.deskLinks = deskLinks;
        this.conferenceId = conferenceId;
        setHeaderTitle(getTranslation("deskLinks.title"));
        addClassName("hn-desk-links");
        which.setItems(Issue.values());
        which.setItemLabelGenerator(i -> getTranslation("deskLinks.issue." + i));
        which.setValue(Issue.MISSING);
        mail.setLabel(getTranslation("deskLinks.mail"));
        Button issue = new Button(getTranslation("deskLinks.make"), VaadinIcon.KEY.create(), e -> issue());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("hn-desk-links-make");
        made.addClassName("hn-desk-links-made");
        made.setVisible(false);
        grid.addColumn(l -> l.point().name()).setHeader(getTranslation("points.name")).setFlexGrow(3);
        grid.addColumn(l -> l.point().cluster()).setHeader(getTranslation("points.cluster")).setFlexGrow(1);
        grid.addColumn(l -> l.link().map(s -> Times.DATE_TIME.format(Times.local(s.createdAt())))
                .orElse(getTranslation("deskLinks.none"))).setHeader(getTranslation("deskLinks.since")).setWidth("12.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setFlexGrow(0).setWidth("8rem");
        grid.setHeight("22rem");
        VerticalLayout make = new VerticalLayout(which, mail, issue);
        make.setPadding(false);
        make.setSpacing(false);
        add(new Paragraph(getTranslation("deskLinks.help")), summary, make, made, grid);
        Button revokeAll = new Button(getTranslation("deskLinks.revokeAll"), e -> confirmRevokeAll());
        revokeAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(revokeAll, new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(52rem, 100vw)");
        refresh();
    }

    private void issue() {
        DeskLinkService.Issued issued = deskLinks.issue(conferenceId, which.getValue(), mail.getValue());
        made.removeAll();
        made.add(new Span(getTranslation("deskLinks.made", issued.made(), issued.mailed())));
        if (issued.pdf() != null) {
            byte[] pdf = issued.pdf(); // held by this dialog only: closing it forgets the codes
            Anchor download = new Anchor(Downloads.pdf("the-dang-nhap-diem-cau.pdf", () -> pdf),
                    getTranslation("deskLinks.download"));
            download.addClassNames("hn-link-button", "hn-desk-links-pdf");
            download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            made.add(download);
        }
        made.setVisible(true);
        refresh();
    }

    private Button revokeButton(PointLink l) {
        Button revoke = new Button(getTranslation("deskLinks.revoke"), e -> {
            deskLinks.revoke(conferenceId, l.point().id());
            Notifications.success(getTranslation("deskLinks.revoked", l.point().name()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(l.link().isPresent());
        revoke.addClassName("hn-desk-link-revoke");
        revoke.getElement().setAttribute("data-point", l.point().name());
        return revoke;
    }

    private void confirmRevokeAll() {
        Confirmations.ask(getTranslation("deskLinks.revokeAll"), getTranslation("deskLinks.revokeAll.text"),
                getTranslation("deskLinks.revoke"), e -> {
                    int revoked = deskLinks.revokeAll(conferenceId);
                    Notifications.success(getTranslation("deskLinks.revokedAll", revoked));
                    refresh();
                }).open();
    }

    private void refresh() {
        List<PointLink> list = deskLinks.list(conferenceId);
        long active = list.stream().filter(l -> l.link().isPresent()).count();
        long withMail = list.stream().filter(l -> l.point().technicianEmail() != null).count();
        summary.setText(getTranslation("deskLinks.summary", active, list.size(), withMail));
        grid.setItems(list);
    }
}
