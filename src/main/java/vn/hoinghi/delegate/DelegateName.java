package vn.hoinghi.delegate;

import java.time.Instant;

/** A delegate as another feature names one (a presenter on the programme, a recipient at the ceremony). */
public record DelegateName(long id, long conferenceId, String fullName, String title, Instant checkedInAt) {
}
