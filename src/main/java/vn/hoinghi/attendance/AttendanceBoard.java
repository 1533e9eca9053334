package vn.hoinghi.attendance;

import java.util.List;

/**
 * Everything an attendance screen shows, read in one transaction: the delegates' counts, the people at the hall and
 * the points by cluster, the leaders missing, the introductions.
 */
public record AttendanceBoard(AttendanceSummary summary, ProvincePeople people, List<AttendanceEntry> absentLeaders,
                              List<Introduction> introductions) {

    /**
     * The people present who are not introduced by name ("cùng … đại biểu"): the hall's and the points' (their
     * headcounts, or their named check-ins until they report), less the leaders read out.
     */
    public int othersPresent() {
        return Math.max(0, people.total().present() - introductions.size());
    }
}
