package vn.hoinghi.checkin;

import vn.hoinghi.base.Texts;

/**
 * A code posted by a scanner device whose token its caller has checked: the device's conference, gate and name, and
 * the request id that makes a repeated request harmless.
 */
public record DeviceCall(long conferenceId, String gate, String deviceName, String code, String requestId) {

    /** Who checked the delegate in, as the check-in records it. */
    public String by() {
        return Texts.t("checkin.byDevice", deviceName);
    }
}
