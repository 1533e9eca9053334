package vn.hoinghi.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.repository.ServedConferenceRepository;

/**
 * The one rule for "may this user act on this conference" (decision 021): the committee (ADMIN, STAFF) on every
 * conference; a display signed in with a screen link on its link's conference while the link holds; any other account
 * (gate, MC, point, unit, screen) on the conferences it is bound to. Services name it in {@code @PreAuthorize} with
 * {@link AppRoles#SERVED_CONFERENCE} when they take a conference id, and call {@link #check} with the conference of
 * the delegate, point or item they were given otherwise.
 */
@Service("conferenceAccess")
public class ConferenceAccess {

    /**
     * How long an account's conferences are trusted without asking the database again: every call of a live screen's
     * services asks. A change made here is seen at once; one made on another instance within this time.
     */
    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final Cache<String, Set<Long>> servedByUser = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).build();
    private final ServedConferenceRepository served;
    private final ScreenLinkService screens;
    private final AuditLog auditLog;
    private final TransactionTemplate readOnly;

    ConferenceAccess(ServedConferenceRepository served, ScreenLinkService screens, AuditLog auditLog,
                     PlatformTransactionManager transactions) {
        this.served = served;
        this.screens = screens;
        this.auditLog = auditLog;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** For {@code @PreAuthorize}: whether the caller may act on this conference. */
    @PreAuthorize("permitAll()")
    public boolean serves(long conferenceId) {
        return limitedTo().map(conferences -> conferences.contains(conferenceId)).orElse(true);
    }

    /** Refuses a caller who may not act on this conference (for a service given a delegate's, a point's… id). */
    @PreAuthorize("permitAll()")
    public void check(long conferenceId) {
        if (!serves(conferenceId)) {
            throw new AccessDeniedException(Texts.t("access.notServed"));
        }
    }

    /** The conferences the caller may act on; empty for the committee, who may act on all. */
    @PreAuthorize("permitAll()")
    public Optional<Set<Long>> limitedTo() {
        Optional<ScreenPass> screen = ScreenLinkService.current();
        if (screen.isPresent()) {
            ScreenPass pass = screen.get();
            return Optional.of(screens.isActive(pass.linkId()) ? Set.of(pass.conferenceId()) : Set.of());
        }
        if (CurrentUser.hasRole(AppRoles.ADMIN) || CurrentUser.hasRole(AppRoles.STAFF)) {
            return Optional.empty();
        }
        return Optional.of(CurrentUser.username().map(name -> servedByUser.get(name, this::read)).orElse(Set.of()));
    }

    /** Every account's conferences, by account id, for the accounts page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Map<Long, Set<Long>> bindings() {
        return served.all();
    }

    /** A point's coordinator, given a point, serves its conference from now on. */
    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public void bind(long accountId, long conferenceId) {
        served.add(accountId, conferenceId);
        auditLog.record("account.conference", "account", accountId, "+" + conferenceId);
        forgetAfterCommit();
    }

    /** The account serves exactly these conferences from now on (the accounts page); inside the caller's transaction. */
    void replace(long accountId, Collection<Long> conferenceIds) {
        Set<Long> sorted = new TreeSet<>(conferenceIds);
        served.replace(accountId, sorted);
        auditLog.record("account.conferences", "account", accountId, sorted.toString());
        forgetAfterCommit();
    }

    /** Read in a transaction of its own only when not remembered: a check costs no connection most of the time. */
    private Set<Long> read(String username) {
        return readOnly.execute(status -> served.servedBy(username));
    }

    void forgetAfterCommit() {
        servedByUser.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a check that read the old bindings before this commit must not keep them
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    servedByUser.invalidateAll();
                }
            });
        }
    }
}
