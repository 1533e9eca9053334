package vn.hoinghi.agenda;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.base.Texts;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateName;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.PointName;
import vn.hoinghi.point.PointService;

/**
 * The programme as the editor and the screens show it: its items timed from the conference's start, their presenter
 * delegates and points named by the delegate and point features (one lookup each for the whole programme).
 */
@Component
class AgendaReader {

    private final AgendaRepository items;
    private final ConferenceService conferences;
    private final DelegateService delegates;
    private final PointService points;

    AgendaReader(AgendaRepository items, ConferenceService conferences, DelegateService delegates,
                 PointService points) {
        this.items = items;
        this.conferences = conferences;
        this.delegates = delegates;
        this.points = points;
    }

    Agenda agenda(long conferenceId) {
        Conference c = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("conference.unknown")));
        return agenda(c, delegates::names);
    }

    /** The same for a reader without an account (a delegate's page): the presenters named the way it may. */
    Agenda agenda(Conference c, Function<List<Long>, Map<Long, DelegateName>> presenterNames) {
        return Agenda.schedule(c.id(), c.startsAt(), items.version(c.id()), named(items.items(c.id()), presenterNames));
    }

    private List<AgendaItem> named(List<AgendaItem> list, Function<List<Long>, Map<Long, DelegateName>> presenterNames) {
        Map<Long, DelegateName> presenters = presenterNames.apply(
                list.stream().map(AgendaItem::presenterDelegateId).toList());
        Map<Long, PointName> pointNames = points.names(list.stream().map(AgendaItem::pointId).toList());
        return list.stream().map(i -> i.named(presenters.get(i.presenterDelegateId()),
                i.pointId() == null ? null : pointNames.get(i.pointId()).name())).toList();
    }
}
