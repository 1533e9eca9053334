package vn.hoinghi.alert;

import java.util.Optional;

/**
 * A way to tell the technician on duty that a point raised an alert: e-mail through the outbox today
 * ({@link MailAlertChannel}); an SMS or Zalo provider implements it as one more Spring bean, and every alert then goes
 * out through each channel (decision 032).
 */
public interface AlertChannel {

    /** The channel's short name, written in the alert's record of who was told: "mail", "sms", "zalo". */
    String name();

    /**
     * Tells {@code notice.duty()} (who is on duty; never null). Runs inside the transaction that raised the alert, with
     * the committee's rights and as the system when the silence check raised it: the channel queues its message (an
     * outbox row, a provider's queue) rather than waiting on a network. It must not throw for a reason it can check.
     *
     * @return whom this channel told, e.g. "Nguyễn Văn A &lt;a@b.vn&gt;"; empty when it has no address for them
     */
    Optional<String> send(AlertNotice notice);
}
