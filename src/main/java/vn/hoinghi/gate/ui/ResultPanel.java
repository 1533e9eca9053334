package vn.hoinghi.gate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.delegate.Delegate;

/** The verdict of the last scan, big enough to read at arm's length: green, amber or red. Stays until the next one. */
class ResultPanel extends Div {

    static final String OK = "hn-gate-ok";
    static final String ALREADY = "hn-gate-already";
    static final String REFUSED = "hn-gate-refused";
    static final String MEDICAL = "hn-gate-medical";

    ResultPanel() {
        addClassName("hn-gate-result");
        waiting();
    }

    private void waiting() {
        Span hint = new Span(getTranslation("gate.waiting"));
        hint.addClassName("hn-gate-hint");
        add(VaadinIcon.QRCODE.create(), hint);
    }

    void show(CheckinResult result) {
        removeAll();
        removeClassNames(OK, ALREADY, REFUSED, MEDICAL);
        CheckinReason reason = result.reason();
        Delegate d = result.delegate();
        switch (reason) {
            case OK -> {
                addClassName(OK);
                add(headline(VaadinIcon.CHECK_CIRCLE, getTranslation("gate.ok")));
                addPerson(d);
            }
            case ALREADY -> {
                addClassName(ALREADY);
                add(headline(VaadinIcon.EXCLAMATION_CIRCLE, getTranslation("gate.already")));
                add(line("hn-gate-reason", earlier(result.checkin())));
                addPerson(d);
            }
            case REFER_MEDICAL -> {
                addClassName(MEDICAL);
                add(headline(VaadinIcon.DOCTOR, getTranslation("gate.medical")));
                add(line("hn-gate-reason", getTranslation("gate.medical.reason")));
                if (d != null) {
                    add(line("hn-gate-person", d.hasSubstitute() ? d.substituteName() : named(d)),
                            line("hn-gate-detail", join(d.title(), d.unitName())));
                }
                add(line("hn-gate-detail", getTranslation("gate.medical.next")));
            }
            default -> {
                addClassName(REFUSED);
                add(headline(VaadinIcon.CLOSE_CIRCLE, getTranslation("gate.refused." + reason)));
                add(line("hn-gate-reason", getTranslation(refusal(reason, d), d == null ? "" : d.pointName())));
                if (d != null) {
                    add(line("hn-gate-person", named(d)), line("hn-gate-detail", join(d.title(), d.unitName())));
                }
            }
        }
    }

    private String earlier(Checkin c) {
        if (c == null) {
            return getTranslation("gate.already.before");
        }
        return getTranslation("gate.already.when", Times.TIME.format(Times.local(c.at())), c.gate());
    }

    private static String refusal(CheckinReason reason, Delegate d) {
        if (reason == CheckinReason.REVOKED && d != null && d.withdrawn()) {
            return "gate.reason.WITHDRAWN";
        }
        return "gate.reason." + reason;
    }

    private void addPerson(Delegate d) {
        if (d == null) {
            return;
        }
        add(line("hn-gate-person", named(d)));
        add(line("hn-gate-detail", join(d.title(), d.unitName())));
        if (d.groupName() != null) {
            add(line("hn-gate-group", d.groupName()));
        }
        add(line(d.atHall() && d.seat() == null ? "hn-gate-place-open" : "hn-gate-place", place(this, d)));
        if (d.hasSubstitute()) {
            String who = d.substituteTitle() == null ? d.substituteName() : d.substituteName() + ", " + d.substituteTitle();
            add(line("hn-gate-substitute", getTranslation("gate.substitute", who, named(d))));
        }
    }

    /** "Ghế A5", the hall without a seat yet, or the remote point (its name often says "Điểm cầu" already). */
    static String place(Component ui, Delegate d) {
        if (!d.atHall()) {
            return SearchKey.fold(d.pointName()).startsWith("diem cau") ? d.pointName()
                    : ui.getTranslation("gate.point", d.pointName());
        }
        return d.seat() == null ? ui.getTranslation("gate.noSeat") : ui.getTranslation("gate.seat", d.seat());
    }

    private static String named(Delegate d) {
        return d.honorificOnPage().isEmpty() ? d.fullName() : d.honorificOnPage() + " " + d.fullName();
    }

    private static Div headline(VaadinIcon icon, String text) {
        Icon i = icon.create();
        Div head = new Div(i, new Span(text));
        head.addClassName("hn-gate-headline");
        return head;
    }

    private static Div line(String className, String text) {
        Div line = new Div(text == null ? "" : text);
        line.addClassName(className);
        return line;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }
}
