package vn.hoinghi.attendance;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/**
 * The attendance for the minutes, as .xlsx and as PDF: the counts by group, the people at the points by cluster, then
 * every delegate's check-in or absence.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceExportService {

    private final AttendanceService attendance;
    private final ConferenceService conferences;

    AttendanceExportService(AttendanceService attendance, ConferenceService conferences) {
        this.attendance = attendance;
        this.conferences = conferences;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] xlsx(long conferenceId) {
        return AttendanceWorkbook.write(conference(conferenceId), attendance.summary(conferenceId),
                attendance.people(conferenceId), attendance.list(conferenceId));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId) {
        return AttendancePdf.write(conference(conferenceId), attendance.summary(conferenceId),
                attendance.people(conferenceId), attendance.list(conferenceId));
    }

    private Conference conference(long conferenceId) {
        return conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException("No conference " + conferenceId));
    }
}
