package vn.hoinghi.mail;

/** Where a stored mail stands. */
public enum MailStatus {
    /** Stored; a mail server is configured and sending follows the commit. */
    QUEUED,
    /** Stored only: no mail server is configured (development, tests); read it on the outbox page. */
    KEPT,
    SENT,
    FAILED
}
