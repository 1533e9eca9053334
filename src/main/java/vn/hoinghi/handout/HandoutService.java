package vn.hoinghi.handout;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateAnswers;
import vn.hoinghi.delegate.GroupService;
import vn.hoinghi.handout.repository.HandoutRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.CheckedFile;
import vn.hoinghi.submission.FileCheck;

/**
 * The conference's documents for its delegates ("Tài liệu hội nghị"): the committee uploads files (PDF, DOCX, checked
 * by content) or adds a document the app makes at each download, sets each one's title, order and audience, and
 * publishes it; a delegate's page lists what is published to them, each with a signed link of their own (decision 039).
 */
@Service
@Transactional
public class HandoutService {

    /** handout.title (migration V19). */
    public static final int MAX_TITLE = 300;
    private static final String COMMITTEE_HERE = AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE;
    private static final Logger log = LoggerFactory.getLogger(HandoutService.class);

    private final HandoutRepository handouts;
    private final FileCheck files;
    private final GroupService groups;
    private final DelegateAnswers delegates;
    private final HandoutLinks links;
    private final HandoutMaker maker;
    private final AuditLog auditLog;
    private final Clock clock;

    HandoutService(HandoutRepository handouts, FileCheck files, GroupService groups, DelegateAnswers delegates,
                   HandoutLinks links, HandoutMaker maker, AuditLog auditLog, Clock clock) {
        this.handouts = handouts;
        this.files = files;
        this.groups = groups;
        this.delegates = delegates;
        this.links = links;
        this.maker = maker;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(COMMITTEE_HERE)
    public List<Handout> list(long conferenceId) {
        return handouts.list(conferenceId);
    }

    /** The largest file the committee may upload, in MB (the units' limit). */
    public int maxMegabytes() {
        return files.maxMegabytes();
    }

    /** Keeps an uploaded file as a draft for all delegates; a blank title takes the file's name. */
    @PreAuthorize(COMMITTEE_HERE)
    public long upload(long conferenceId, String title, String fileName, byte[] content) {
        CheckedFile file = files.check(fileName, content);
        String name = SearchKey.clean(title) != null ? title : withoutExtension(file.fileName());
        long id = handouts.insert(conferenceId, title(name), HandoutKind.FILE, file.fileName(), file.type().mediaType,
                file.size(), HandoutAudience.ALL, clock.instant(), CurrentUser.usernameOrSystem());
        handouts.insertFile(id, file.sha256(), file.content());
        auditLog.record("handout.upload", "handout", id, file.fileName());
        return id;
    }

    /** Adds a document the app makes (the programme, the proceedings, the conclusion notice) as a draft for all. */
    @PreAuthorize(COMMITTEE_HERE)
    public long addMade(long conferenceId, HandoutKind kind, String title) {
        if (!kind.made()) {
            throw new IllegalArgumentException(kind.name());
        }
        maker.checkAvailable(conferenceId, kind);
        long id = handouts.insert(conferenceId, title(title), kind, null, null, null, HandoutAudience.ALL,
                clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("handout.add", "handout", id, kind.name());
        return id;
    }

    @PreAuthorize(COMMITTEE_HERE)
    public void rename(long conferenceId, long handoutId, String title) {
        handouts.setTitle(own(conferenceId, handoutId).id(), title(title));
    }

    /** Whom the handout is for; GROUPS needs at least one of this conference's groups. */
    @PreAuthorize(COMMITTEE_HERE)
    public void setAudience(long conferenceId, long handoutId, HandoutAudience audience, Set<Long> groupIds) {
        Handout h = own(conferenceId, handoutId);
        Set<Long> ours = groups.list(conferenceId).stream().map(CompositionGroup::id).collect(Collectors.toSet());
        Set<Long> chosen = audience == HandoutAudience.GROUPS ? Set.copyOf(groupIds) : Set.of();
        if (audience == HandoutAudience.GROUPS && (chosen.isEmpty() || !ours.containsAll(chosen))) {
            throw new ValidationException(Map.of("groups", Texts.t("handout.groupsMissing")));
        }
        handouts.setAudience(h.id(), audience, chosen);
        auditLog.record("handout.audience", "handout", h.id(), audience.name() + (chosen.isEmpty() ? "" : " " + chosen));
    }

    @PreAuthorize(COMMITTEE_HERE)
    public void publish(long conferenceId, long handoutId) {
        Handout h = own(conferenceId, handoutId);
        if (!h.published()) {
            handouts.setPublished(h.id(), clock.instant());
            auditLog.record("handout.publish", "handout", h.id(), h.title());
        }
    }

    /** Back to a draft: the delegates no longer see it, and every link made for it stops working. */
    @PreAuthorize(COMMITTEE_HERE)
    public void unpublish(long conferenceId, long handoutId) {
        Handout h = own(conferenceId, handoutId);
        handouts.setPublished(h.id(), null);
        auditLog.record("handout.unpublish", "handout", h.id(), h.title());
    }

    @PreAuthorize(COMMITTEE_HERE)
    public void remove(long conferenceId, long handoutId) {
        Handout h = own(conferenceId, handoutId);
        handouts.delete(h.id());
        auditLog.record("handout.remove", "handout", h.id(), h.title());
    }

    /** Moves a handout one place up (-1) or down (+1) in the delegates' list. */
    @PreAuthorize(COMMITTEE_HERE)
    public void move(long conferenceId, long handoutId, int direction) {
        List<Handout> list = new ArrayList<>(handouts.list(conferenceId));
        Handout h = own(conferenceId, handoutId);
        int from = list.stream().map(Handout::id).toList().indexOf(h.id());
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(from));
        for (int i = 0; i < list.size(); i++) {
            handouts.setPosition(list.get(i).id(), i + 1);
        }
    }

    /** The handout as a delegate would get it, for the committee to check (not counted). */
    @Transactional(readOnly = true)
    @PreAuthorize(COMMITTEE_HERE)
    public HandoutContent content(long conferenceId, long handoutId) {
        Handout h = own(conferenceId, handoutId);
        return maker.content(h, () -> handouts.content(h.id()).orElseThrow());
    }

    /**
     * What is published to the delegate whose invitation code this is, in the committee's order, each with a link
     * of its own that expires after {@link HandoutLinks#LIFETIME}; empty for a code that is not (or no longer) valid.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<DelegateHandout> forDelegate(String code) {
        Optional<Delegate> holder;
        try {
            holder = delegates.byCode(code);
        } catch (RuntimeException e) {
            log.warn("A delegate's code could not be checked for their documents: {}", e.toString());
            return List.of();
        }
        if (holder.isEmpty()) {
            return List.of();
        }
        Delegate d = holder.get();
        java.time.Instant expires = clock.instant().plus(HandoutLinks.LIFETIME);
        return handouts.published(d.conferenceId()).stream().filter(h -> h.audience().includes(d, h.groupIds()))
                .map(h -> new DelegateHandout(h.id(), h.title(), maker.fileName(h), maker.mediaType(h), h.sizeBytes(),
                        links.link(d.conferenceId(), h.id(), d.id(), d.qrSerial(), expires)))
                .toList();
    }

    private Handout own(long conferenceId, long handoutId) {
        return handouts.get(handoutId).filter(h -> h.conferenceId() == conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("handout.unknown")));
    }

    private static String title(String title) {
        String clean = SearchKey.clean(title);
        if (clean == null) {
            throw new ValidationException(Map.of("title", Texts.t("handout.titleMissing")));
        }
        if (clean.length() > MAX_TITLE) {
            throw new ValidationException(Map.of("title", Texts.t("handout.titleTooLong", String.valueOf(MAX_TITLE))));
        }
        return clean;
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
