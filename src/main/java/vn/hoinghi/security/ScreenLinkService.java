package vn.hoinghi.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.live.ChangedElsewhere;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.repository.ScreenLinkRepository;

/**
 * Secret links that open one screen of one conference on an unattended display, without an account. The
 * committee makes them (the secret is shown once) and revokes them; a revoke closes the display at once.
 * Registered as {@code screens} for {@code @PreAuthorize("@screens.shows('TECHNICIAN')")}; which conference a display
 * may open is {@link ConferenceAccess}'s to say.
 */
@Service("screens")
@Transactional
public class ScreenLinkService {

    /**
     * How long a link found active is trusted without asking the database again (a revoke here, or on another
     * instance, forgets it).
     */
    static final Duration ACTIVE_CACHE = Duration.ofSeconds(5);

    /** A new link and its secret, shown once to the person who made it. */
    public record Created(ScreenLink link, String token) {
    }

    private final Map<Long, Long> activeUntil = new ConcurrentHashMap<>();
    private final ScreenLinkRepository links;
    private final PointDirectory points;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreenLinkService(ScreenLinkRepository links, PointDirectory points, AuditLog auditLog,
                      ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.points = points;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public Created create(long conferenceId, ScreenKind kind, Long pointId, String label) {
        String cleanLabel = SearchKey.clean(label);
        if (kind == null) {
            throw new ValidationException(Map.of("kind", Texts.t("screenLink.kindMissing")));
        }
        if (cleanLabel == null || cleanLabel.length() > 100) {
            throw new ValidationException(Map.of("label", Texts.t("screenLink.labelMissing")));
        }
        Long point = kind.ofPoint() ? pointId : null;
        if (kind.ofPoint() && (point == null || !points.isPointOf(conferenceId, point))) {
            throw new ValidationException(Map.of("point", Texts.t("screenLink.pointMissing")));
        }
        String token = kind == ScreenKind.DESK ? SecretTokens.newShortCode() : SecretTokens.newToken();
        long id = links.insert(conferenceId, kind, point, cleanLabel, SecretTokens.hash(SecretTokens.canonical(token)),
                clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("screen.create", "screen_link", id, kind + " " + cleanLabel);
        return new Created(links.find(id).orElseThrow(), token);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<ScreenLink> list(long conferenceId) {
        return links.list(conferenceId);
    }

    /** The links (revoked ones too) that open this point's screen: a point they name is not deleted. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public int linksToPoint(long pointId) {
        return links.countForPoint(pointId);
    }

    /** The display stops at once: its session ends at its next request and its open screen leaves. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void revoke(long linkId) {
        revokeAll(List.of(linkId));
    }

    /** Several links at once (all the points' desk links), with one live event per conference. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void revokeAll(java.util.Collection<Long> linkIds) {
        java.util.Set<Long> conferences = new java.util.TreeSet<>();
        for (long linkId : linkIds) {
            ScreenLink link = links.find(linkId).orElseThrow(() -> new IllegalArgumentException(Texts.t("screenLink.notFound")));
            if (links.revoke(linkId, clock.instant(), CurrentUser.usernameOrSystem())) {
                activeUntil.remove(linkId);
                auditLog.record("screen.revoke", "screen_link", linkId, link.label());
                conferences.add(link.conferenceId());
            }
        }
        conferences.forEach(c -> events.publishEvent(new ConferenceChanged(c, LiveTopic.SCREENS)));
    }

    /**
     * A link revoked on another instance: the links this one found active are asked again, before its displays
     * refresh for the revoke (which then closes the revoked one's display here, as a revoke made here does).
     */
    @EventListener(condition = "#root.args[0].change().topic() == T(vn.hoinghi.live.LiveTopic).SCREENS")
    @Transactional(propagation = Propagation.SUPPORTS) // forgets, reads nothing: no connection for it
    void changedElsewhere(ChangedElsewhere elsewhere) {
        activeUntil.clear();
    }

    /** A display opening its link (or coming back with it after a restart); empty for an unknown or revoked one. */
    @PreAuthorize("permitAll()")
    public Optional<ScreenPass> signIn(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ScreenLink> link = links.activeByTokenHash(SecretTokens.hash(SecretTokens.canonical(token)));
        link.ifPresent(l -> links.used(l.id(), clock.instant()));
        return link.map(l -> new ScreenPass(l.id(), l.conferenceId(), l.kind(), l.pointId(), l.label()));
    }

    /** Whether a link still holds; asked on every request of a display, so it is remembered for a few seconds. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean isActive(long linkId) {
        long now = System.nanoTime();
        Long until = activeUntil.get(linkId);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean active = links.find(linkId).map(ScreenLink::active).orElse(false);
        if (active) {
            activeUntil.put(linkId, now + ACTIVE_CACHE.toNanos());
        } else {
            activeUntil.remove(linkId);
        }
        return active;
    }

    /** The screen pass of the caller, when a display signed in with a link is calling. */
    public static Optional<ScreenPass> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ScreenPass pass ? Optional.of(pass) : Optional.empty();
    }

    /**
     * For {@code @PreAuthorize}, after {@link AppRoles#SERVED_CONFERENCE} (which keeps a display to its own live
     * conference): anyone but a display may go on; a display only if it is this kind of screen (the technicians' view
     * sees the points' phones).
     */
    @PreAuthorize("permitAll()")
    public boolean shows(String kind) {
        return current().map(p -> p.kind().name().equals(kind)).orElse(true);
    }
}
