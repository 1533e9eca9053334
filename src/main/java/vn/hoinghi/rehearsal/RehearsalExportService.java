package vn.hoinghi.rehearsal;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/** The rehearsal's record as .xlsx: which point was ready when, and what failed where. */
@Service
@Transactional(readOnly = true)
public class RehearsalExportService {

    private static final int NAME_LENGTH = 60;

    private final RehearsalProgressService progress;
    private final ConferenceService conferences;

    RehearsalExportService(RehearsalProgressService progress, ConferenceService conferences) {
        this.progress = progress;
        this.conferences = conferences;
    }

    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] xlsx(long conferenceId) {
        return RehearsalWorkbook.write(conference(conferenceId), progress.progress(conferenceId));
    }

    /** The file's name, which carries the conference: e.g. "tong-duyet-hoi-nghi-so-ket-12.xlsx". */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public String fileName(long conferenceId) {
        String plain = Normalizer.normalize(conference(conferenceId).title().replace('\u0111', 'd').replace('\u0110', 'D'),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (plain.length() > NAME_LENGTH) {
            plain = plain.substring(0, NAME_LENGTH).replaceAll("-[^-]*$", "");
        }
        return "tong-duyet-" + (plain.isEmpty() ? "" : plain + "-") + conferenceId + ".xlsx";
    }

    private Conference conference(long conferenceId) {
        return conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException("No conference " + conferenceId));
    }
}
