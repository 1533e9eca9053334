package vn.hoinghi.award;

import java.time.Instant;

/** A proposal of one collective or person for one award form, with where its appraisal stands. */
public record Nomination(long id, long conferenceId, int position, long quotaId, String form, RecipientType type,
                         long proposingUnitId, String proposingUnitName, String fullName, String title,
                         String workUnit, String achievement, NominationStatus status, String refusalReason,
                         String appraisedBy, Instant appraisedAt, Long decisionId, String decisionNumber,
                         Instant presentedAt, String createdBy, Instant createdAt, int version) {

    /** The nomination with its proposing unit named (the unit feature keeps the names). */
    Nomination withProposingUnitName(String unitName) {
        return new Nomination(id, conferenceId, position, quotaId, form, type, proposingUnitId, unitName, fullName,
                title, workUnit, achievement, status, refusalReason, appraisedBy, appraisedAt, decisionId,
                decisionNumber, presentedAt, createdBy, createdAt, version);
    }

    /** "Bác sĩ, Trung tâm Y tế huyện Hướng Hóa" — what follows the name in lists. */
    public String titleAndUnit() {
        return titleAndUnit(title, workUnit);
    }

    public static String titleAndUnit(String title, String workUnit) {
        if (title == null) {
            return workUnit;
        }
        return workUnit == null ? title : title + ", " + workUnit;
    }
}
