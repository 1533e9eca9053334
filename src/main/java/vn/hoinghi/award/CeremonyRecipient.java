package vn.hoinghi.award;

import java.time.Instant;
import vn.hoinghi.delegate.DelegateName;

/**
 * One decided nomination in the ceremony: its batch and place, who it is, and on the day the delegate linked to it
 * (for a collective, the delegate who receives; for a person, that person among the delegates), whether that
 * delegate is checked in, and a stand-in who comes up instead.
 */
public record CeremonyRecipient(long nominationId, long batchId, int batchNumber, int position, String form,
                                RecipientType type, String fullName, String title, String workUnit,
                                long proposingUnitId, String proposingUnit, NominationStatus status, Long delegateId,
                                String delegateName, String delegateTitle, Instant checkedInAt, String standInName,
                                String standInTitle, int version) {

    /** Why the recipient may not be in the hall: no delegate linked, or the linked one not checked in. */
    public enum Flag {
        NO_DELEGATE,
        NOT_CHECKED_IN
    }

    /** The recipient with its proposing unit and linked delegate named by the features that keep them. */
    CeremonyRecipient named(String unit, DelegateName delegate) {
        return new CeremonyRecipient(nominationId, batchId, batchNumber, position, form, type, fullName, title,
                workUnit, proposingUnitId, unit, status, delegateId, delegate == null ? null : delegate.fullName(),
                delegate == null ? null : delegate.title(), delegate == null ? null : delegate.checkedInAt(),
                standInName, standInTitle, version);
    }

    public boolean collective() {
        return type == RecipientType.COLLECTIVE;
    }

    /** Null when the linked delegate is checked in. */
    public Flag flag() {
        if (delegateId == null) {
            return Flag.NO_DELEGATE;
        }
        return checkedInAt == null ? Flag.NOT_CHECKED_IN : null;
    }

    public boolean hasStandIn() {
        return standInName != null;
    }

    /** "Đại úy, Công an tỉnh"; for a collective, its proposing unit when it has no unit of its own. */
    public String titleAndUnit() {
        String line = Nomination.titleAndUnit(title, workUnit);
        return line == null && collective() ? proposingUnit : line;
    }

    /** "Nguyễn Văn A, Giám đốc" — who receives for a collective (or comes up in a person's place). */
    public static String person(String name, String title) {
        return name == null ? null : title == null ? name : name + ", " + title;
    }
}
