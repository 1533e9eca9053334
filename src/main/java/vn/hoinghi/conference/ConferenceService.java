package vn.hoinghi.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.repository.ConferenceRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/** Conferences and the one each user is working in. */
@Service
@Transactional
public class ConferenceService {

    static final String COMMITTEE = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "')";

    private final ConferenceRepository conferences;
    private final AuditLog auditLog;

    ConferenceService(ConferenceRepository conferences, AuditLog auditLog) {
        this.conferences = conferences;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Conference> list() {
        return conferences.findAll();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Conference> get(long id) {
        return conferences.findById(id);
    }

    /** What a delegate's invitation page shows (title, organizer, venue, time) to someone without a login. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Conference> publicFacts(long conferenceId) {
        return conferences.findById(conferenceId);
    }

    @PreAuthorize(COMMITTEE)
    public long create(ConferenceDraft draft) {
        ConferenceValidator.validate(draft);
        long id = conferences.insert(draft);
        auditLog.record("conference.create", "conference", id, draft.getTitle());
        return id;
    }

    @PreAuthorize(COMMITTEE)
    public void update(long id, int version, ConferenceDraft draft) {
        ConferenceValidator.validate(draft);
        if (!conferences.update(id, version, draft)) {
            throw new VersionConflictException("Hội nghị vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
        }
        auditLog.record("conference.update", "conference", id, draft.getTitle());
    }

    /**
     * The conference the current user works in: the one they chose, or the only one there is. A display signed in
     * with a screen link has its link's conference and no other.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Conference> current() {
        Optional<ScreenPass> screen = ScreenLinkService.current();
        if (screen.isPresent()) {
            return conferences.findById(screen.get().conferenceId());
        }
        Optional<Conference> chosen = conferences.selectedBy(CurrentUser.usernameOrSystem()).flatMap(conferences::findById);
        if (chosen.isPresent()) {
            return chosen;
        }
        List<Conference> all = conferences.findAll();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    @PreAuthorize("isAuthenticated() and @screens.watches(#conferenceId)")
    public void select(long conferenceId) {
        conferences.findById(conferenceId).orElseThrow(() -> new IllegalArgumentException("Không có hội nghị này."));
        conferences.saveSelection(CurrentUser.usernameOrSystem(), conferenceId);
    }

    /** For loading a plan twice without making a second conference. */
    @Transactional(readOnly = true)
    @PreAuthorize(COMMITTEE)
    public Optional<Conference> findByTitleAndStart(String title, java.time.Instant startsAt) {
        return conferences.findByTitleAndStart(title, startsAt);
    }
}
