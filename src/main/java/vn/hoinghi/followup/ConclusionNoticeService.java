package vn.hoinghi.followup;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.followup.repository.NoticeRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * The conclusion notice ("thông báo kết luận") of a conference: its texts, first drafted from the conference and
 * then as the committee saved them (with a version against two editors at once), and its PDF listing the
 * conclusion's tasks in order.
 */
@Service
@Transactional
public class ConclusionNoticeService {

    private static final String CONFLICT = "followup.notice.conflict";

    private final NoticeRepository notices;
    private final FollowUpService followUps;
    private final ConferenceService conferences;
    private final AuditLog auditLog;
    private final Clock clock;

    ConclusionNoticeService(NoticeRepository notices, FollowUpService followUps, ConferenceService conferences,
                            AuditLog auditLog, Clock clock) {
        this.notices = notices;
        this.followUps = followUps;
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The saved notice, or a draft made from the conference (version 0). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public ConclusionNotice notice(long conferenceId) {
        return notices.find(conferenceId).orElseGet(() -> new ConclusionNotice(conferenceId,
                NoticeDefaults.of(conference(conferenceId)), 0));
    }

    /** Saves the notice; {@code version} is the one the editor opened (0 for the first save). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void save(long conferenceId, int version, NoticeDraft draft) {
        conference(conferenceId);
        NoticeDraft d = validate(draft);
        String by = CurrentUser.usernameOrSystem();
        boolean saved = version == 0 ? notices.insert(conferenceId, d, clock.instant(), by)
                : notices.update(conferenceId, version, d, clock.instant(), by);
        if (!saved) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("notice.save", "conference", conferenceId, d.title());
    }

    /** The notice as a PDF in the Decree-30 layout, with the conclusion's tasks as numbered items. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId) {
        return NoticePdf.write(notice(conferenceId).draft(), followUps.board(conferenceId).of(TaskOrigin.CONCLUSION));
    }

    private Conference conference(long conferenceId) {
        return conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("followup.noConference")));
    }

    private static NoticeDraft validate(NoticeDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String number = SearchKey.clean(d.number());
        String place = required(errors, "place", SearchKey.clean(d.place()), 100, Texts.t("followup.notice.place"));
        String issuer = required(errors, "issuer", SearchKey.clean(d.issuer()), 255, Texts.t("followup.notice.issuer"));
        String title = required(errors, "title", SearchKey.clean(d.title()), 1000, Texts.t("followup.notice.title"));
        String opening = required(errors, "opening", SearchKey.cleanLines(d.opening()), 20_000, Texts.t("followup.notice.opening"));
        String assessment = SearchKey.cleanLines(d.assessment());
        String closing = required(errors, "closing", SearchKey.clean(d.closing()), 2000, Texts.t("followup.notice.closing"));
        String authority = SearchKey.clean(d.signerAuthority());
        String signer = SearchKey.clean(d.signerName());
        String recipients = SearchKey.cleanLines(d.recipients());
        tooLong(errors, "number", number, 100, Texts.t("followup.notice.number"));
        tooLong(errors, "assessment", assessment, 20_000, Texts.t("followup.notice.assessment"));
        tooLong(errors, "signerAuthority", authority, 500, Texts.t("followup.notice.signerAuthority"));
        tooLong(errors, "signerName", signer, 255, Texts.t("followup.notice.signerName"));
        tooLong(errors, "recipients", recipients, 2000, Texts.t("followup.notice.recipients"));
        if (d.issuedOn() == null) {
            errors.put("issuedOn", Texts.t("followup.notice.issuedOnMissing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NoticeDraft(number, d.issuedOn(), place, issuer, title, opening, assessment, closing, authority,
                signer, recipients);
    }

    private static String required(Map<String, String> errors, String field, String value, int max, String name) {
        if (value == null) {
            errors.put(field, Texts.t("followup.notice.missing", name));
        }
        tooLong(errors, field, value, max, Character.toUpperCase(name.charAt(0)) + name.substring(1));
        return value;
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max, String name) {
        if (value != null && value.length() > max) {
            errors.put(field, Texts.t("followup.notice.tooLong", name, max));
        }
    }
}
