package vn.hoinghi.checkin;

import vn.hoinghi.delegate.Delegate;

/** What a gate shows after a scan: the reason, the delegate when known, and the check-in (new or earlier). */
public record CheckinResult(CheckinReason reason, Delegate delegate, Checkin checkin) {

    public boolean ok() {
        return reason == CheckinReason.OK;
    }
}
