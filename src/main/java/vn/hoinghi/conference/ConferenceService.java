package vn.hoinghi.conference;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.repository.ConferenceRepository;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/** Conferences, and the one each account opened last. */
@Service
@Transactional
public class ConferenceService {


    private final ConferenceRepository conferences;
    private final ConferenceAccess access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ConferenceService(ConferenceRepository conferences, ConferenceAccess access, AuditLog auditLog,
                      ApplicationEventPublisher events) {
        this.conferences = conferences;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The conferences this user may open: all for the committee, the ones it serves for any other account. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Conference> list() {
        Optional<Set<Long>> served = access.limitedTo();
        return conferences.findAll().stream().filter(c -> served.map(s -> s.contains(c.id())).orElse(true)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public Optional<Conference> get(long conferenceId) {
        return conferences.findById(conferenceId);
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
        draft.setProvince(ProvinceSpelling.existing(draft.getProvince(), conferences.findAll()));
        long id = conferences.insert(draft);
        auditLog.record("conference.create", "conference", id, draft.getTitle());
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, ConferenceDraft draft) {
        ConferenceValidator.validate(draft);
        draft.setProvince(ProvinceSpelling.existing(draft.getProvince(),
                conferences.findAll().stream().filter(c -> c.id() != id).toList()));
        if (!conferences.update(id, version, draft)) {
            throw new VersionConflictException(Texts.t("conference.conflict"));
        }
        auditLog.record("conference.update", "conference", id, draft.getTitle());
        // The agenda's screens show the title before the start and plan the items from the start time.
        events.publishEvent(new ConferenceChanged(id, LiveTopic.AGENDA));
    }

    /**
     * The conference a page's address names, for this user: empty when there is none with this id; refused when this
     * user does not serve it (a display opens only its link's conference, decision 021). Remembered as the account's
     * last one, which only the start page uses: every page works on the conference of its own address.
     */
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
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

    /**
     * Where the start page takes this user: the conference they opened last if they still serve it, a display's own,
     * or the only one they may open.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Conference> lastOpened() {
        Optional<ScreenPass> screen = ScreenLinkService.current();
        if (screen.isPresent()) {
            return conferences.findById(screen.get().conferenceId()).filter(c -> access.serves(c.id()));
        }
        Optional<Conference> last = conferences.selectedBy(CurrentUser.usernameOrSystem())
                .filter(access::serves).flatMap(conferences::findById);
        if (last.isPresent()) {
            return last;
        }
        List<Conference> mine = list();
        return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
    }

    /** For loading a plan twice without making a second conference. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public Optional<Conference> findByTitleAndStart(String title, java.time.Instant startsAt) {
        return conferences.findByTitleAndStart(title, startsAt);
    }
}
