package vn.hoinghi.handout;

import vn.hoinghi.delegate.Delegate;

/** Whom a published handout is for: every delegate, those at the hall, or those of some composition groups. */
public enum HandoutAudience {
    ALL, HALL, GROUPS;

    /** The one rule of who may see and open a handout: the list, the link and the download all ask it. */
    public boolean includes(Delegate d, java.util.Set<Long> groupIds) {
        return switch (this) {
            case ALL -> true;
            case HALL -> d.atHall();
            case GROUPS -> d.groupId() != null && groupIds.contains(d.groupId());
        };
    }
}
