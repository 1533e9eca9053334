package vn.hoinghi.point;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.repository.PointRepository;
import vn.hoinghi.security.PointDirectory;

/** The conference's points, for a screen link that shows one of them. */
@Component
class ScreenLinkPoints implements PointDirectory {

    private final PointRepository points;

    ScreenLinkPoints(PointRepository points) {
        this.points = points;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPointOf(long conferenceId, long pointId) {
        return points.get(pointId).filter(p -> p.conferenceId() == conferenceId).isPresent();
    }
}
