package vn.hoinghi.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.Agenda;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.security.CommitteeRights;

/**
 * The agenda item of a contribution that is spoken: made through the agenda's own service, so the MC, the screens
 * and the agenda's history see it like any other item. A programme imported with the contribution already in it
 * (its line found by {@link #ownItem}) keeps that item, now with the speaker; else
 * a new one goes after the last contribution of the programme, or before the awards when there is none yet, or else
 * at the end.
 */
@StaysVietnamese("the programme item's title, as the printed programme reads it")
@Component
class ContributionAgenda {

    static final String TITLE_PREFIX = "Tham luận: ";
    private static final int TITLE_LENGTH = 500;
    private static final int PRESENTER_LENGTH = 255;

    private final AgendaService agenda;
    private final CommitteeRights rights;

    ContributionAgenda(AgendaService agenda, CommitteeRights rights) {
        this.agenda = agenda;
        this.rights = rights;
    }

    /** Adds the item in its place, or takes the programme's own item for it; returns its id. */
    long schedule(Contribution c, Set<Long> taken) {
        List<AgendaItem> items = agenda.agenda(c.conferenceId()).items();
        Optional<AgendaItem> own = ownItem(c, items.stream()
                .filter(i -> i.kind() == AgendaKind.CONTRIBUTION && !taken.contains(i.id())).toList());
        if (own.isPresent()) {
            agenda.update(own.get().id(), own.get().version(), draft(c, own.get()));
            return own.get().id();
        }
        int place = place(items);
        long id = agenda.create(c.conferenceId(), draft(c, null));
        if (place < items.size()) {
            Agenda after = agenda.agenda(c.conferenceId());
            List<Long> ids = new ArrayList<>(after.items().stream().map(AgendaItem::id).toList());
            ids.remove(Long.valueOf(id));
            ids.add(place, id);
            agenda.reorder(c.conferenceId(), after.version(), ids);
        }
        return id;
    }

    /**
     * The imported programme's line for this talk, among its free contribution items: the same title; else one of
     * the unit's whose title holds the topic ("Tham luận: … (từ điểm cầu huyện Đakrông)"); else any whose title
     * holds it; else the unit's only one ("Tham luận của Sở Y tế").
     */
    static Optional<AgendaItem> ownItem(Contribution c, List<AgendaItem> free) {
        String title = SearchKey.fold(draft(c, null).title());
        String topic = SearchKey.fold(c.topic());
        String unit = SearchKey.fold(c.unitName());
        Predicate<AgendaItem> sameUnit = i -> i.unitName() != null && SearchKey.fold(i.unitName()).equals(unit);
        Predicate<AgendaItem> holdsTopic = i -> !topic.isEmpty() && SearchKey.fold(i.title()).contains(topic);
        List<AgendaItem> unitsItems = free.stream().filter(sameUnit).toList();
        return free.stream().filter(i -> SearchKey.fold(i.title()).equals(title)).findFirst()
                .or(() -> unitsItems.stream().filter(holdsTopic).findFirst())
                .or(() -> free.stream().filter(holdsTopic).findFirst())
                .or(() -> unitsItems.size() == 1 ? Optional.of(unitsItems.getFirst()) : Optional.empty());
    }

    /** Where a new contribution goes among these items. */
    static int place(List<AgendaItem> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).kind() == AgendaKind.CONTRIBUTION) {
                return i + 1;
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == AgendaKind.AWARDS) {
                return i;
            }
        }
        return items.size();
    }

    /**
     * Copies the title, speaker, unit, minutes and point to the item (its script and notes stay). A unit's
     * representative cannot edit the agenda, so this runs with the committee's rights: the service calling it has
     * checked that the contribution is the caller's own.
     */
    void update(Contribution c) {
        if (!c.scheduled()) {
            return;
        }
        rights.run(() -> item(c).ifPresent(item -> agenda.update(item.id(), item.version(), draft(c, item))));
    }

    /** Takes the contribution's item out of the programme, if it is still there. */
    void remove(Contribution c) {
        if (c.scheduled()) {
            item(c).ifPresent(item -> agenda.delete(item.id(), item.version()));
        }
    }

    private Optional<AgendaItem> item(Contribution c) {
        return agenda.agenda(c.conferenceId()).items().stream().filter(i -> i.id() == c.agendaItemId()).findFirst();
    }

    static AgendaDraft draft(Contribution c, AgendaItem existing) {
        return new AgendaDraft(AgendaKind.CONTRIBUTION, cut(TITLE_PREFIX + c.topic(), TITLE_LENGTH), null,
                cut(c.speakerLine(), PRESENTER_LENGTH), c.unitName(), c.speakerMinutes(), c.speaksFromPointId(),
                existing == null ? null : existing.script(), existing == null ? null : existing.notes());
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
