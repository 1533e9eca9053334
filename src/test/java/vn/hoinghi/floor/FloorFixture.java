package vn.hoinghi.floor;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * A conference with remote points, a coordinator for the first, and a programme of an opening speech then two
 * discussions, started: the speech is on.
 */
@Component
public class FloorFixture {

    @Autowired ImportFixture fixture;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired AgendaService agenda;
    @Autowired AgendaLiveService live;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    public record Day(long conference, List<MeetingPoint> remote, String coordinator, String mc) {
    }

    public Day day() {
        long conference = committee(fixture::conferenceWithDelegates);
        List<MeetingPoint> remote = committee(() -> points.summaries(conference)).stream().map(PointSummary::point)
                .filter(p -> !p.hall() && !p.withdrawn()).toList();
        String coordinator = accounts.ensure("floor-dc-" + conference, AppRoles.POINT);
        String mc = accounts.serving("floor-mc-" + conference, AppRoles.MC, conference);
        committee(() -> {
            long accountId = pointDay.candidates().stream().filter(c -> c.username().equals(coordinator))
                    .findFirst().orElseThrow().accountId();
            pointDay.assign(remote.getFirst().id(), accountId);
            agenda.create(conference, new AgendaDraft(AgendaKind.SPEECH, "Phát biểu khai mạc", null, "Chủ tịch UBND tỉnh",
                    null, 10, null, null, null));
            agenda.create(conference, new AgendaDraft(AgendaKind.DISCUSSION, "Thảo luận", null, null, null, 30, null,
                    null, null));
            agenda.create(conference, new AgendaDraft(AgendaKind.DISCUSSION, "Thảo luận chuyên đề", null, null, null, 30,
                    null, null, null));
            live.start(conference);
            return null;
        });
        return new Day(conference, remote, coordinator, mc);
    }

    /** The MC moves on to the discussion. */
    public void discussion(long conference) {
        committee(() -> live.next(conference));
    }

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }
}
