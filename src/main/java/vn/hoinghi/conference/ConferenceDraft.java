package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.hoinghi.base.Times;

/** The conference form's content. Start and end are local times in Vietnam. */
public class ConferenceDraft {

    /** The schema's default (V15): a quarter of an hour without a word from a point is worth a look. */
    public static final int DEFAULT_POINT_SILENCE_MINUTES = 15;

    private String title;
    private String organizer;
    private String planNumber;
    private String province;
    private String venue;
    private ConferenceFormat format = ConferenceFormat.HYBRID;
    private String formatNote;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer expectedHallDelegates;
    private String signerBlock;
    private String signerName;
    private LocalDate submissionDeadline;
    private String submissionEmail;
    private Integer pointSilenceMinutes = DEFAULT_POINT_SILENCE_MINUTES;

    public static ConferenceDraft of(Conference c) {
        ConferenceDraft d = new ConferenceDraft();
        d.title = c.title();
        d.organizer = c.organizer();
        d.planNumber = c.planNumber();
        d.province = c.province();
        d.venue = c.venue();
        d.format = c.format();
        d.formatNote = c.formatNote();
        d.startsAt = Times.local(c.startsAt());
        d.endsAt = Times.local(c.endsAt());
        d.expectedHallDelegates = c.expectedHallDelegates();
        d.signerBlock = c.signerBlock();
        d.signerName = c.signerName();
        d.submissionDeadline = c.submissionDeadline();
        d.submissionEmail = c.submissionEmail();
        d.pointSilenceMinutes = c.pointSilenceMinutes();
        return d;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getOrganizer() { return organizer; }
    public void setOrganizer(String v) { organizer = v; }
    public String getPlanNumber() { return planNumber; }
    public void setPlanNumber(String v) { planNumber = v; }
    public String getProvince() { return province; }
    public void setProvince(String v) { province = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
    public ConferenceFormat getFormat() { return format; }
    public void setFormat(ConferenceFormat v) { format = v; }
    public String getFormatNote() { return formatNote; }
    public void setFormatNote(String v) { formatNote = v; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime v) { startsAt = v; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime v) { endsAt = v; }
    public Integer getExpectedHallDelegates() { return expectedHallDelegates; }
    public void setExpectedHallDelegates(Integer v) { expectedHallDelegates = v; }
    public String getSignerBlock() { return signerBlock; }
    public void setSignerBlock(String v) { signerBlock = v; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { signerName = v; }
    public LocalDate getSubmissionDeadline() { return submissionDeadline; }
    public void setSubmissionDeadline(LocalDate v) { submissionDeadline = v; }
    public String getSubmissionEmail() { return submissionEmail; }
    public void setSubmissionEmail(String v) { submissionEmail = v; }
    public Integer getPointSilenceMinutes() { return pointSilenceMinutes; }
    public void setPointSilenceMinutes(Integer v) { pointSilenceMinutes = v; }
}
