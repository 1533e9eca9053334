package vn.hoinghi.alert;

/** The technician on duty as typed in: a name (required), a phone and an e-mail address. */
public record DutyDraft(String technician, String phone, String email) {
}
