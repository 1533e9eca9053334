package vn.hoinghi.delegate;

/** Where a delegate's invitation stands. */
public enum InvitationStatus {
    NOT_SENT, SENT, CONFIRMED, DECLINED, SUBSTITUTE
}
