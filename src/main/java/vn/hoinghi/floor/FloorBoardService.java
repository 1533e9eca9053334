package vn.hoinghi.floor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.DelegatePass;
import vn.hoinghi.floor.repository.FloorRepository;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointName;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;

/** The floor as the pages read it: the MC's list and the technicians' cue, the point's desk, the point's screen. */
@Service
@Transactional(readOnly = true)
public class FloorBoardService {

    /** The committee, the MC, and the technicians' display of this conference. */
    static final String BOARD = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC + "','"
            + AppRoles.SCREEN + "') and " + AppRoles.SERVED_CONFERENCE + " and @screens.shows('TECHNICIAN')";
    /** Every account and display following the conference's programme: who has the floor is no secret in the hall. */
    static final String WATCH = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','" + AppRoles.MC + "','"
            + AppRoles.POINT + "','" + AppRoles.SCREEN + "') and " + AppRoles.SERVED_CONFERENCE;
    /** Newest requests of a point read to find its own for the item on now. */
    private static final int DESK_LOOKBACK = 5;

    private final FloorRepository requests;
    private final FloorItems items;
    private final PointDayService pointDay;
    private final PointService points;
    private final Clock clock;

    FloorBoardService(FloorRepository requests, FloorItems items, PointDayService pointDay, PointService points,
                      Clock clock) {
        this.requests = requests;
        this.items = items;
        this.pointDay = pointDay;
        this.points = points;
        this.clock = clock;
    }

    @PreAuthorize(BOARD)
    public FloorBoard board(long conferenceId) {
        FloorItem item = items.onNow(conferenceId).orElse(null);
        List<FloorRequest> open = requests.open(conferenceId);
        Map<Long, PointName> names = points.names(open.stream().map(FloorRequest::pointId).filter(Objects::nonNull).toList());
        List<FloorLine> lines = open.stream().map(r -> new FloorLine(r, name(names, r))).toList();
        Long itemId = item == null ? null : item.id();
        return new FloorBoard(item,
                lines.stream().filter(l -> l.request().state() == FloorState.SPEAKING).findFirst().orElse(null),
                lines.stream().filter(l -> waitingFor(l, itemId, true)).toList(),
                lines.stream().filter(l -> waitingFor(l, itemId, false)).toList(),
                clock.instant());
    }

    /** Who has the floor now, if anyone: the point's screen says when it is that point. */
    @PreAuthorize(WATCH)
    public Optional<FloorLine> onFloor(long conferenceId) {
        return requests.open(conferenceId).stream().filter(r -> r.state() == FloorState.SPEAKING).findFirst()
                .map(r -> new FloorLine(r, r.pointId() == null ? null
                        : name(points.names(List.of(r.pointId())), r)));
    }

    /** The point's own request for the item on now (or the one that has the floor), for its desk. */
    @PreAuthorize(PointDayService.DESK)
    public DeskFloor desk(long pointId) {
        MeetingPoint point = pointDay.desk(pointId);
        return deskOf(point.conferenceId(), new FloorSource.Point(pointId));
    }

    /** The same for a hall delegate's own page, for the holder of their pass (decision 038). */
    @PreAuthorize("permitAll()")
    public DeskFloor delegate(DelegatePass pass) {
        return deskOf(pass.conferenceId(), new FloorSource.HallDelegate(pass.delegateId()));
    }

    private DeskFloor deskOf(long conferenceId, FloorSource source) {
        FloorItem item = items.onNow(conferenceId).orElse(null);
        FloorRequest mine = requests.latestOf(conferenceId, source, DESK_LOOKBACK)
                .stream()
                .filter(r -> r.state() == FloorState.SPEAKING
                        || item != null && Long.valueOf(item.id()).equals(r.agendaItemId()))
                .findFirst().orElse(null);
        int place = 0;
        if (mine != null && mine.state() == FloorState.WAITING) {
            List<FloorRequest> queue = requests.open(conferenceId).stream()
                    .filter(r -> r.state() == FloorState.WAITING && Objects.equals(r.agendaItemId(), mine.agendaItemId()))
                    .toList();
            place = queue.stream().map(FloorRequest::id).toList().indexOf(mine.id()) + 1;
        }
        return new DeskFloor(item, mine, place, clock.instant());
    }

    private static boolean waitingFor(FloorLine line, Long itemId, boolean onNow) {
        return line.request().state() == FloorState.WAITING
                && Objects.equals(line.request().agendaItemId(), itemId) == onNow;
    }

    private static String name(Map<Long, PointName> names, FloorRequest r) {
        PointName n = r.pointId() == null ? null : names.get(r.pointId());
        return n == null ? null : n.name();
    }
}
