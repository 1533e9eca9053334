package vn.hoinghi.health;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;

/**
 * The health declaration at a remote point's desk: the same questions and rules as at the hall's gates, asked by
 * the point's coordinator of the point's own delegates (a delegate of another point is refused by the check-in).
 */
@Service
@Transactional
public class PointHealthService {

    private final HealthDeclarationService health;
    private final CheckinService checkins;
    private final PointDayService pointDay;
    private final DelegateService delegates;
    private final DelegateCodes codes;

    PointHealthService(HealthDeclarationService health, CheckinService checkins, PointDayService pointDay,
                       DelegateService delegates, DelegateCodes codes) {
        this.health = health;
        this.checkins = checkins;
        this.pointDay = pointDay;
        this.delegates = delegates;
        this.codes = codes;
    }

    /** Before a code scanned or typed at the desk is checked in. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointDayService.DESK)
    public HealthStep beforeScan(long pointId, String scanned) {
        MeetingPoint point = pointDay.desk(pointId);
        DelegateCodes.Inspection inspection = codes.inspect(scanned);
        boolean ours = inspection.verdict() == DelegateCodes.Verdict.CURRENT && inspection.delegate().pointId() == pointId;
        return ours ? health.stepFor(point.conferenceId(), inspection.delegate(), scanned) : HealthDeclarationService.NOT_NEEDED;
    }

    /** Before a delegate ticked on the desk's list is checked in. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointDayService.DESK)
    public HealthStep beforeTick(long pointId, long delegateId) {
        MeetingPoint point = pointDay.desk(pointId);
        return delegates.atPoint(pointId).stream().filter(d -> d.id() == delegateId).findFirst()
                .map(d -> health.stepFor(point.conferenceId(), d, null)).orElse(HealthDeclarationService.NOT_NEEDED);
    }

    /** The answers; all "không" checks the delegate in at the point, any "có" refers them to the medical desk. */
    @PreAuthorize(PointDayService.DESK)
    public CheckinResult declare(long pointId, HealthStep.Ask ask, List<Boolean> answers) {
        MeetingPoint point = pointDay.desk(pointId);
        return health.declared(point.conferenceId(), ask, answers, point.name(),
                () -> ask.scanned() != null ? checkins.scanAtPoint(pointId, ask.scanned())
                        : checkins.checkInAtPoint(pointId, ask.delegate().id()));
    }
}
