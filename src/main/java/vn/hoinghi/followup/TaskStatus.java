package vn.hoinghi.followup;

/** Chưa thực hiện, đang thực hiện, hoàn thành. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
