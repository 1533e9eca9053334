package vn.hoinghi.agenda.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ui.LiveUpdates;
import vn.hoinghi.attendance.AttendanceBoard;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.attendance.Introduction;
import vn.hoinghi.attendance.ProvincePeople;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;

/**
 * On the MC's screen, the people at the hall and the points as the MC announces them ("Tổng số đại biểu dự tại các
 * điểm cầu: …"), then the leaders present in protocol order as the MC reads them, updated as they check in; it
 * opens by itself when the introductions item ("giới thiệu đại biểu") comes on, and a new arrival is marked.
 */
class PresentLeaders extends Details {

    private final AttendanceService attendance;
    private final long conferenceId;
    private final OrderedList items = new OrderedList();
    private final Paragraph lead = new Paragraph();
    private final Paragraph people = new Paragraph();
    private Set<Long> shown;
    private Long openedFor;

    PresentLeaders(AttendanceService attendance, LiveHub hub, long conferenceId) {
        this.attendance = attendance;
        this.conferenceId = conferenceId;
        addClassName("hn-mc-leaders");
        lead.addClassName("hn-intro-lead");
        people.addClassName("hn-mc-people");
        items.addClassName("hn-intro-list");
        add(people, lead, items);
        // A point's headcount is a POINTS change; a check-in an ATTENDANCE one.
        LiveUpdates.follow(this, hub, () -> conferenceId, Set.of(LiveTopic.ATTENDANCE, LiveTopic.POINTS), this::refresh);
        refresh();
    }

    /** Opens when the introductions come on; the MC may close it again, until the next item. */
    void follow(AgendaSlot current) {
        Long id = current == null ? null : current.item().id();
        if (id != null && !id.equals(openedFor) && isIntroductions(current)) {
            setOpened(true);
        }
        openedFor = id;
    }

    static boolean isIntroductions(AgendaSlot slot) {
        return SearchKey.fold(slot.item().title()).contains("gioi thieu dai bieu");
    }

    private void refresh() {
        AttendanceBoard board = attendance.board(conferenceId);
        ProvincePeople p = board.people();
        people.setText(getTranslation("mc.people", p.total().present(), p.inHall(), p.atPoints().points(),
                p.atPoints().present(), p.atPoints().reported()));
        List<Introduction> introductions = board.introductions();
        setSummaryText(getTranslation("mc.leaders", introductions.size()));
        lead.setText(getTranslation(introductions.isEmpty() ? "intro.none" : "intro.lead"));
        items.removeAll();
        Set<Long> now = new HashSet<>();
        int n = 0;
        for (Introduction i : introductions) {
            now.add(i.delegateId());
            ListItem item = new ListItem(++n + ". " + i.text());
            item.addClassName("hn-intro-item");
            if (i.remote()) {
                item.addClassName("hn-intro-remote");
            }
            if (shown != null && !shown.contains(i.delegateId())) {
                item.addClassName("hn-intro-new");
            }
            items.add(item);
        }
        shown = now;
    }
}
