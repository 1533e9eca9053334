package vn.hoinghi.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who a display signed in with a screen link is: that link, its conference, its kind of screen and (for a
 * point's screen) its point. It is the principal of the display's session; audit logs name it "screen-{id}".
 */
public record ScreenPass(long linkId, long conferenceId, ScreenKind kind, Long pointId, String label)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return "screen-" + linkId;
    }
}
