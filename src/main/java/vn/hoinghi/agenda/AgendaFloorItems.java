package vn.hoinghi.agenda;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.repository.AgendaLiveRepository;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.floor.FloorItem;
import vn.hoinghi.floor.FloorItems;

/**
 * Tells the floor feature which item is on now and whether it takes requests ({@link AgendaKind#takesFloorRequests}).
 * No check of its own: the floor's services have checked their caller before they ask.
 */
@Component
@Transactional(readOnly = true)
class AgendaFloorItems implements FloorItems {

    private final AgendaLiveRepository live;
    private final AgendaRepository items;

    AgendaFloorItems(AgendaLiveRepository live, AgendaRepository items) {
        this.live = live;
        this.items = items;
    }

    @Override
    public Optional<FloorItem> onNow(long conferenceId) {
        return live.find(conferenceId).map(LiveState::currentItemId).flatMap(items::get)
                .map(item -> new FloorItem(item.id(), item.title(), item.kind().takesFloorRequests()));
    }
}
