package vn.hoinghi.attendance;

/**
 * People at some meeting points added up: how many points, how many reported a headcount, whom their plans expect,
 * their delegates invited and checked in by name, the headcounts reported, and the people present (reported
 * headcounts, and the named check-ins of the points that have not reported).
 */
public record PeopleCount(int points, int reported, int expected, int delegates, int checkedIn, int headcounts,
                          int present) {

    public static final PeopleCount NONE = new PeopleCount(0, 0, 0, 0, 0, 0, 0);

    public PeopleCount plus(PeopleCount o) {
        return new PeopleCount(points + o.points, reported + o.reported, expected + o.expected,
                delegates + o.delegates, checkedIn + o.checkedIn, headcounts + o.headcounts, present + o.present);
    }

    /** Points whose present people are only their named check-ins so far. */
    public int notReported() {
        return points - reported;
    }
}
