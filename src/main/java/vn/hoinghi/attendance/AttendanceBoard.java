package vn.hoinghi.attendance;

import java.util.List;

/**
 * Everything an attendance screen shows, read in one transaction: the delegates' counts, the people at the hall and
 * the points by cluster, the leaders missing, the introductions.
 */
public record AttendanceBoard(AttendanceSummary summary, ProvincePeople people, List<AttendanceEntry> absentLeaders,
                              List<Introduction> introductions) {

    /** Delegates present who are not introduced by name ("cùng … đại biểu"). */
    public int othersPresent() {
        return summary.total().present() - introductions.size();
    }
}
