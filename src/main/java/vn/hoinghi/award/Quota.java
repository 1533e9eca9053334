package vn.hoinghi.award;

/** How many of one award form the conference may give to one type of recipient. */
public record Quota(long id, long conferenceId, String form, RecipientType type, int quota) {
}
