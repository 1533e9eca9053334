package vn.hoinghi.point;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;

/** The status wall by cluster and the technicians' list of troubled points, as of now. */
@Service
@Transactional(readOnly = true)
public class PointWallService {

    private final PointDayService pointDay;
    private final ConferenceService conferences;
    private final Clock clock;

    PointWallService(PointDayService pointDay, ConferenceService conferences, Clock clock) {
        this.pointDay = pointDay;
        this.conferences = conferences;
        this.clock = clock;
    }

    /** The points the wall shows ({@link PointDayService#wall}), grouped and counted, silence judged as of now. */
    @PreAuthorize(PointDayService.WALL)
    public PointWall wall(long conferenceId) {
        Conference conference = conferences.get(conferenceId).orElseThrow();
        PointSilence silence = new PointSilence(conference.pointSilence(), conference.startsAt(), conference.endsAt());
        return PointWall.of(pointDay.wall(conferenceId), silence, clock.instant());
    }
}
