package vn.hoinghi.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.submission.repository.VersionRepository;

/**
 * What a unit does with its contributions, and the committee with anyone's: read them with their versions and
 * decisions, send a file (a new version each time, kept), download any version, name the speaker. A unit's
 * representative reaches only its own unit's contributions; every method checks it.
 */
@Service
@Transactional
public class SubmissionService {

    static final int MAX_MINUTES = 120;

    private final ContributionRepository contributions;
    private final ContributionReader reader;
    private final VersionRepository versions;
    private final FileRepository files;
    private final FileCheck fileCheck;
    private final PointService points;
    private final ContributionAccess access;
    private final ContributionAgenda agenda;
    private final AuditLog auditLog;
    private final Clock clock;

    SubmissionService(ContributionRepository contributions, ContributionReader reader, VersionRepository versions,
                      FileRepository files, FileCheck fileCheck, PointService points, ContributionAccess access,
                      ContributionAgenda agenda, AuditLog auditLog, Clock clock) {
        this.contributions = contributions;
        this.reader = reader;
        this.versions = versions;
        this.files = files;
        this.fileCheck = fileCheck;
        this.points = points;
        this.access = access;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Times.VIETNAM));
    }

    /** The limit on a file, in megabytes, to tell the unit before it chooses one. */
    public int maxMegabytes() {
        return fileCheck.maxMegabytes();
    }

    /** The signed-in unit's own contributions in the conference, in the plan's order. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Contribution> mine(long conferenceId) {
        return reader.list(conferenceId, access.ownUnit());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public ContributionDetail detail(long id) {
        Contribution c = visible(id);
        return new ContributionDetail(c, versions.versions(id), versions.reviews(id));
    }

    /**
     * Keeps the file as the contribution's next version (v1, v2…) and sets it waiting for review. Refused once the
     * committee has accepted or refused it, and for a file that is not a real PDF or DOCX or is too large. After the
     * deadline it is still taken, marked late: the committee decides.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public int upload(long id, String fileName, byte[] content, String note) {
        contributions.lock(id);
        Contribution c = visible(id);
        if (!c.status().acceptsUploads()) {
            throw new ValidationException(Map.of(FileCheck.FIELD, Texts.t("submission.upload.closed",
                    Texts.t("contrib.status." + c.status().name()))));
        }
        String cleanNote = SearchKey.cleanLines(note);
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new ValidationException(Map.of("note", Texts.t("submission.upload.noteTooLong")));
        }
        CheckedFile file = fileCheck.check(fileName, content);
        String by = CurrentUser.usernameOrSystem();
        long fileId = files.insert(c.conferenceId(), c.unitId(), file, clock.instant(), by);
        int number = versions.add(id, fileId, cleanNote, clock.instant(), by);
        contributions.setStatus(id, c.version(), ContributionStatus.SUBMITTED, clock.instant(), by);
        auditLog.record("contribution.upload", "contribution", id, "v" + number + ": " + file.fileName()
                + (c.lateAt(clock.instant()) ? " " + audit("submission.audit.late", Times.DATE.format(c.deadline())) : ""));
        return number;
    }

    /** One version's file, for the unit that sent it and the committee. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public FileDownload file(long id, int number) {
        visible(id);
        long fileId = versions.fileOf(id, number).orElseThrow(() -> new IllegalArgumentException(
                Texts.t("submission.noVersion", String.valueOf(number))));
        StoredFile f = files.get(fileId).orElseThrow();
        return new FileDownload("v" + number + " - " + f.fileName(), f.type(), files.content(fileId));
    }

    /**
     * Names the speaker, the minutes asked for and where they speak from. Once the contribution is in the programme
     * its item follows (presenter, minutes, point), so the MC reads the current name.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public void setSpeaker(long id, int version, SpeakerDraft draft) {
        Contribution c = visible(id);
        if (c.status() == ContributionStatus.REFUSED) {
            throw new ValidationException(Map.of("name", Texts.t("submission.speaker.refusedContribution")));
        }
        SpeakerDraft d = validate(c, draft);
        if (!contributions.setSpeaker(id, version, d, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw AssignmentService.conflict();
        }
        Contribution saved = reader.get(id).orElseThrow();
        agenda.update(saved);
        String speaker = saved.speakerLine() == null ? audit("submission.audit.noSpeaker") : saved.speakerLine();
        String from = saved.speaksFromPointName() == null ? audit("submission.audit.inHall")
                : audit("submission.audit.fromPoint", saved.speaksFromPointName());
        auditLog.record("contribution.speaker", "contribution", id, audit("submission.audit.speakerMinutes", speaker,
                d.minutes() == null ? "?" : String.valueOf(d.minutes())) + ", " + from
                + (saved.scheduled() ? " · " + audit("submission.audit.itemUpdated") : ""));
    }

    private SpeakerDraft validate(Contribution c, SpeakerDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = SearchKey.clean(d.name());
        String title = SearchKey.clean(d.title());
        if (name != null && name.length() > 255) {
            errors.put("name", Texts.t("submission.speaker.nameTooLong"));
        }
        if (title != null && title.length() > 255) {
            errors.put("title", Texts.t("submission.speaker.titleTooLong"));
        }
        if (d.minutes() != null && (d.minutes() < 1 || d.minutes() > MAX_MINUTES)) {
            errors.put("minutes", Texts.t("submission.speaker.minutes", String.valueOf(MAX_MINUTES)));
        }
        if (c.scheduled() && name == null) {
            errors.put("name", Texts.t("submission.speaker.nameScheduled"));
        }
        if (c.scheduled() && d.minutes() == null) {
            errors.put("minutes", Texts.t("submission.speaker.minutesScheduled"));
        }
        Long pointId = d.pointId();
        if (pointId != null) {
            MeetingPoint point = points.list(c.conferenceId()).stream().filter(p -> p.id() == d.pointId()).findFirst()
                    .orElse(null);
            if (point == null) {
                errors.put("pointId", Texts.t("submission.speaker.pointElsewhere"));
            } else if (!point.takesNew(c.speaksFromPointId())) {
                errors.put("pointId", Texts.t("submission.speaker.pointWithdrawn", point.name()));
            } else if (point.hall()) {
                pointId = null;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SpeakerDraft(name, title, d.minutes(), pointId);
    }

    /** An audit detail: in Vietnamese whatever the page's language (decision 023). */
    private static String audit(String key, Object... args) {
        return Texts.in(Texts.VIETNAMESE, key, args);
    }

    /** The contribution, if the caller may see it; a missing one reads as changed by someone else. */
    private Contribution visible(long id) {
        Contribution c = reader.get(id).orElseThrow(AssignmentService::conflict);
        access.checkCanSee(c);
        return c;
    }
}
