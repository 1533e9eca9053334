package vn.hoinghi.delegate;

import java.time.Instant;
import vn.hoinghi.base.Texts;

/** A person invited to a conference, where they attend from, and where their invitation stands. */
public record Delegate(long id, long conferenceId, String fullName, Gender gender, String title,
                       Long unitId, String unitName, Long groupId, String groupName,
                       long pointId, String pointName, boolean atHall, Integer protocolRank,
                       String seatRow, Integer seatNumber, String phone, String email, String notes,
                       String substituteName, String substituteTitle, String substitutePhone,
                       InvitationStatus invitationStatus, int qrSerial, Instant checkedInAt,
                       Instant withdrawnAt, int version) {

    /** The delegate with the names of its unit and point, which the unit and point features keep. */
    Delegate withPlaces(String unit, String point, boolean hall) {
        return new Delegate(id, conferenceId, fullName, gender, title, unitId, unit, groupId, groupName, pointId, point,
                hall, protocolRank, seatRow, seatNumber, phone, email, notes, substituteName, substituteTitle,
                substitutePhone, invitationStatus, qrSerial, checkedInAt, withdrawnAt, version);
    }

    public String honorific() {
        return gender == null ? "" : gender.honorific();
    }

    /** "Ông"/"Bà" on a Vietnamese page, "Mr"/"Ms" on an English one; empty when the gender is not known. */
    public String honorificOnPage() {
        return gender == null ? "" : Texts.t("honorific." + gender.name());
    }

    /** "A5", or null before a seat is assigned. */
    public String seat() {
        return seatRow == null ? null : seatRow + seatNumber;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean hasSubstitute() {
        return substituteName != null;
    }

    /** Who actually comes: the substitute when the invited leader sent one. */
    public String attendeeName() {
        return hasSubstitute() ? substituteName : fullName;
    }
}
