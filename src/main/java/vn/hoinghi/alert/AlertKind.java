package vn.hoinghi.alert;

/** Why a point raised an alert. */
public enum AlertKind {
    /** Reported lost: the link is down. */
    LOST,
    /** Reported a problem, or a failed test. */
    TROUBLE,
    /** Reported nothing for longer than the conference allows. */
    SILENT
}
