package vn.hoinghi.followup;

/** Where a task comes from: the plan, before the conference, or the conclusion notice, after it. */
public enum TaskOrigin {
    PLAN,
    CONCLUSION
}
