package vn.hoinghi.attendance;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Headcount;
import vn.hoinghi.point.PointSummary;

/**
 * Who is here: expected against present by composition group and by meeting point, the leaders still missing
 * (for the committee to call), and the leaders present in the order the MC introduces them.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    /** The committee and the MC follow attendance; gates and points see only their own check-ins. */
    public static final String FOLLOWERS = AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE;

    private final AttendanceRoll attendance;
    private final DelegateService delegates;
    private final Clock clock;

    AttendanceService(AttendanceRoll attendance, DelegateService delegates, Clock clock) {
        this.attendance = attendance;
        this.delegates = delegates;
        this.clock = clock;
    }

    @PreAuthorize(FOLLOWERS)
    public AttendanceSummary summary(long conferenceId) {
        return summary(conferenceId, attendance.pointsToday(conferenceId));
    }

    private AttendanceSummary summary(long conferenceId, List<PointSummary> today) {
        List<Headcount> counts = delegates.headcounts(conferenceId);
        List<AttendanceCount> byPoint = attendance.byPoint(today, counts);
        AttendanceCount total = byPoint.stream().reduce(AttendanceCount.zero(null), AttendanceCount::plus);
        return new AttendanceSummary(attendance.byGroup(conferenceId, counts), byPoint, total, clock.instant());
    }

    /**
     * The people at the hall and the remote points, by cluster and for the province: the headcounts the points'
     * coordinators reported, and the named check-ins of the points that have not reported yet.
     */
    @PreAuthorize(FOLLOWERS)
    public ProvincePeople people(long conferenceId) {
        return ProvincePeople.of(attendance.pointsToday(conferenceId), clock.instant());
    }

    /** What a screen shows, with one read of the leaders; phone numbers left out. */
    @PreAuthorize(FOLLOWERS)
    public AttendanceBoard board(long conferenceId) {
        return board(conferenceId, false);
    }

    /** The same with the missing leaders' phone numbers, for the committee who call them. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public AttendanceBoard boardWithPhones(long conferenceId) {
        return board(conferenceId, true);
    }

    private AttendanceBoard board(long conferenceId, boolean phones) {
        List<AttendanceEntry> leaders = attendance.leaders(conferenceId);
        List<PointSummary> today = attendance.pointsToday(conferenceId);
        return new AttendanceBoard(summary(conferenceId, today), ProvincePeople.of(today, clock.instant()),
                leaders.stream().filter(e -> !e.present()).map(e -> phones ? e : e.withoutPhones()).toList(),
                introductions(leaders));
    }

    /** The leaders (delegates with a protocol rank) not checked in yet, in rank order, with their invitation answer. */
    @PreAuthorize(FOLLOWERS)
    public List<AttendanceEntry> absentLeaders(long conferenceId) {
        return absent(conferenceId).map(AttendanceEntry::withoutPhones).toList();
    }

    /** The same with their phone numbers (and their substitutes'), for the committee who call them. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<AttendanceEntry> absentLeadersToCall(long conferenceId) {
        return absent(conferenceId).toList();
    }

    /** The leaders present, in protocol order, each as the MC reads them aloud. */
    @PreAuthorize(FOLLOWERS)
    public List<Introduction> introductions(long conferenceId) {
        return introductions(attendance.leaders(conferenceId));
    }

    private static List<Introduction> introductions(List<AttendanceEntry> leaders) {
        return leaders.stream().filter(AttendanceEntry::present)
                .map(e -> new Introduction(e.delegateId(), e.protocolRank(), IntroductionText.of(e), e.hasSubstitute(),
                        !e.atHall()))
                .toList();
    }

    private Stream<AttendanceEntry> absent(long conferenceId) {
        return attendance.leaders(conferenceId).stream().filter(e -> !e.present());
    }

    /** Everyone still on the list, present or not, in print order: what the minutes attach. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<AttendanceEntry> list(long conferenceId) {
        return attendance.everyone(conferenceId);
    }
}
