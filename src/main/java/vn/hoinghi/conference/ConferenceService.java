package vn.hoinghi.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.repository.ConferenceRepository;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/** Conferences, and the one each account opened last. */
@Service
@Transactional
public class ConferenceService {


    private final ConferenceRepository conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ConferenceService(ConferenceRepository conferences, AuditLog auditLog, ApplicationEventPublisher events) {
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.events = events;
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

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(ConferenceDraft draft) {
        ConferenceValidator.validate(draft);
        long id = conferences.insert(draft);
        auditLog.record("conference.create", "conference", id, draft.getTitle());
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, ConferenceDraft draft) {
        ConferenceValidator.validate(draft);
        if (!conferences.update(id, version, draft)) {
            throw new VersionConflictException("Hội nghị vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.");
        }
        auditLog.record("conference.update", "conference", id, draft.getTitle());
        // The agenda's screens show the title before the start and plan the items from the start time.
        events.publishEvent(new ConferenceChanged(id, LiveTopic.AGENDA));
    }

    /**
     * The conference a page's address names, for this user: empty when there is none with this id. A display signed
     * in with a screen link opens only its link's conference. Remembered as the account's last one, which only the
     * start page uses: every page works on the conference of its own address.
     */
    @PreAuthorize("isAuthenticated() and @screens.watches(#conferenceId)")
    public Optional<Conference> open(long conferenceId) {
        Optional<Conference> conference = conferences.findById(conferenceId);
        if (conference.isPresent() && ScreenLinkService.current().isEmpty()) {
            String username = CurrentUser.usernameOrSystem();
            if (!conferences.selectedBy(username).equals(Optional.of(conferenceId))) {
                conferences.saveSelection(username, conferenceId);
            }
        }
        return conference;
    }

    /** Where the start page takes this user: the conference they opened last, a display's own, or the only one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Conference> lastOpened() {
        Optional<ScreenPass> screen = ScreenLinkService.current();
        if (screen.isPresent()) {
            return conferences.findById(screen.get().conferenceId());
        }
        Optional<Conference> last = conferences.selectedBy(CurrentUser.usernameOrSystem()).flatMap(conferences::findById);
        if (last.isPresent()) {
            return last;
        }
        List<Conference> all = conferences.findAll();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** For loading a plan twice without making a second conference. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public Optional<Conference> findByTitleAndStart(String title, java.time.Instant startsAt) {
        return conferences.findByTitleAndStart(title, startsAt);
    }
}
