package vn.hoinghi.invitation;

import vn.hoinghi.conference.Conference;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.InvitationStatus;

/** What a delegate's invitation link opens: the conference's facts and the invitation as it stands. */
public record RsvpInvitation(Conference conference, Delegate delegate) {

    /** True once the delegate confirmed, declined or named a substitute. */
    public boolean answered() {
        InvitationStatus s = delegate.invitationStatus();
        return s == InvitationStatus.CONFIRMED || s == InvitationStatus.DECLINED || s == InvitationStatus.SUBSTITUTE;
    }

    /** Where the delegate attends: the conference venue for the hall, else their remote point's name. */
    public String place() {
        return delegate.atHall() && conference.venue() != null ? conference.venue() : delegate.pointName();
    }
}
