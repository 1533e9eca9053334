package vn.hoinghi.attendance;

import java.time.Instant;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.InvitationStatus;

/** One delegate on the attendance list: who, from where, their answer, and their active check-in (or none). */
public record AttendanceEntry(long delegateId, String fullName, Gender gender, String title, String unitName,
                              String groupName, String pointName, boolean atHall, Integer protocolRank,
                              InvitationStatus status, String substituteName, String substituteTitle, String phone,
                              String substitutePhone, Instant checkedInAt, String gate) {

    public boolean present() {
        return checkedInAt != null;
    }

    public boolean hasSubstitute() {
        return substituteName != null;
    }

    public boolean declined() {
        return status == InvitationStatus.DECLINED;
    }

    /** The same entry without phone numbers, for those who need not call anyone. */
    AttendanceEntry withoutPhones() {
        return new AttendanceEntry(delegateId, fullName, gender, title, unitName, groupName, pointName, atHall,
                protocolRank, status, substituteName, substituteTitle, null, null, checkedInAt, gate);
    }
}
