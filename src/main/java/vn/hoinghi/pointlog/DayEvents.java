package vn.hoinghi.pointlog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.StatusReport;

/** The rules that read one point's day from its status reports: which are changes, and its outages. */
public final class DayEvents {

    /** A report of one of these opens an outage (decision 033). */
    static final Set<ConnectionStatus> DOWN = EnumSet.of(ConnectionStatus.LOST, ConnectionStatus.PROBLEM);
    /** A report of one of these ends the outage that is open. */
    static final Set<ConnectionStatus> UP = EnumSet.of(ConnectionStatus.LIVE_OK, ConnectionStatus.TEST_OK);

    private DayEvents() {
    }

    /** The reports that changed the point's status: the first of the day, then each that differs from the one before. */
    public static List<StatusReport> changes(List<StatusReport> reportsOfTheDay) {
        List<StatusReport> changes = new ArrayList<>();
        for (StatusReport r : reportsOfTheDay) {
            if (changes.isEmpty() || changes.getLast().status() != r.status()) {
                changes.add(r);
            }
        }
        return changes;
    }

    /**
     * The outages in these reports (one point's, in order): each opens at a LOST or PROBLEM report and lasts, however
     * it worsens or eases in between (PROBLEM → LOST is one outage), to the next LIVE_OK or TEST_OK report; the last
     * one may be open at the day's end.
     */
    public static List<Outage> outages(List<StatusReport> reportsOfTheDay) {
        List<Outage> outages = new ArrayList<>();
        StatusReport opened = null;
        for (StatusReport r : reportsOfTheDay) {
            if (opened == null && DOWN.contains(r.status())) {
                opened = r;
            } else if (opened != null && UP.contains(r.status())) {
                outages.add(new Outage(r.pointId(), opened.at(), r.at(), opened.status(), opened.by(), r.by()));
                opened = null;
            }
        }
        if (opened != null) {
            outages.add(new Outage(opened.pointId(), opened.at(), null, opened.status(), opened.by(), null));
        }
        return outages;
    }
}
