package vn.hoinghi.delegate;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Ids;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.repository.DelegateNameRepository;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.delegate.repository.HeadcountRepository;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentUser;

/** A conference's delegate list: who is invited, in which group, from which point, and who comes instead. */
@Service
@Transactional
public class DelegateService {

    public static final String AT_THE_DOOR = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.STAFF + "','"
            + AppRoles.GATE + "')";
    private final DelegateRepository delegates;
    private final DelegateReader reader;
    private final DelegateNameRepository delegateNames;
    private final HeadcountRepository headcounts;
    private final PointService points;
    private final PointDayService pointDay;
    private final DraftResolver drafts;
    private final GroupService groupService;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DelegateEvents live;
    private final ConferenceAccess conferences;

    DelegateService(DelegateRepository delegates, DelegateReader reader, DelegateNameRepository delegateNames,
                    HeadcountRepository headcounts, PointService points, PointDayService pointDay, DraftResolver drafts,
                    GroupService groupService, AuditLog auditLog, Clock clock,
                    ApplicationEventPublisher events, ConferenceAccess conferences) {
        this.conferences = conferences;
        this.pointDay = pointDay;
        this.live = new DelegateEvents(events);
        this.groupService = groupService;
        this.delegates = delegates;
        this.reader = reader;
        this.delegateNames = delegateNames;
        this.headcounts = headcounts;
        this.points = points;
        this.drafts = drafts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Delegate> page(long conferenceId, DelegateFilter filter, int offset, int limit) {
        return reader.page(conferenceId, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public int count(long conferenceId, DelegateFilter filter) {
        return delegates.count(conferenceId, filter);
    }

    /** The whole filtered list in print order (group, protocol rank, name): for exports and printing. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Delegate> list(long conferenceId, DelegateFilter filter) {
        return reader.all(conferenceId, filter);
    }

    /** The conference's delegates still on the list, counted by composition group and meeting point. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Headcount> headcounts(long conferenceId) {
        return headcounts.byGroupAndPoint(conferenceId);
    }

    /** The delegates with a protocol rank still on the list, in rank order: the leaders the MC introduces. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Delegate> leaders(long conferenceId) {
        return reader.leaders(conferenceId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public Optional<Delegate> get(long id) {
        return reader.get(id);
    }

    /** Who a gate may look up by name or phone for someone without their code: the first matches only. */
    @Transactional(readOnly = true)
    @PreAuthorize(AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Delegate> findAtTheDoor(long conferenceId, String text, int limit) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return reader.page(conferenceId, new DelegateFilter(text, null, null, null, null, null, false), 0, limit);
    }

    /** A remote point's own delegates, for the desk of its coordinator (who sees no other point's). */
    @Transactional(readOnly = true)
    @PreAuthorize(PointDayService.DESK)
    public List<Delegate> atPoint(long pointId) {
        MeetingPoint point = pointDay.desk(pointId);
        return reader.all(point.conferenceId(), new DelegateFilter(null, null, pointId, null, null, null, false));
    }

    /** A delegate a gate found by name; refused when the gate's account does not serve the delegate's conference. */
    @Transactional(readOnly = true)
    @PreAuthorize(AT_THE_DOOR)
    public Optional<Delegate> getAtTheDoor(long id) {
        Optional<Delegate> delegate = reader.get(id);
        delegate.ifPresent(d -> conferences.check(d.conferenceId()));
        return delegate;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, DelegateDraft draft) {
        DelegateValues values = drafts.resolve(conferenceId, draft, null);
        long id = delegates.insert(conferenceId, values);
        auditLog.record("delegate.create", "delegate", id, values.fullName());
        live.listChanged(conferenceId);
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, DelegateDraft draft) {
        Delegate current = reader.get(id).orElseThrow();
        DelegateValues values = drafts.resolve(current.conferenceId(), draft, current.pointId());
        if (!delegates.update(id, version, values)) {
            throw conflict();
        }
        if (current.seatRow() != null && values.pointId() != points.hall(current.conferenceId()).id()) {
            delegates.setSeat(id, null, null); // joins from a remote point now: the hall seat is free again
        }
        auditLog.record("delegate.update", "delegate", id, values.fullName());
        live.namesChanged(current.conferenceId()); // name, title, group, point or rank may have changed
    }

    /** Withdrawn delegates leave the list, their seat and the counts, but stay on record with who and when. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void withdraw(long id, int version) {
        if (!delegates.withdraw(id, version, CurrentUser.usernameOrSystem(), clock.instant())) {
            throw conflict();
        }
        auditLog.record("delegate.withdraw", "delegate", id, null);
        long conferenceId = reader.get(id).orElseThrow().conferenceId();
        live.listChanged(conferenceId);
        live.linksChanged(conferenceId);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void restore(long id, int version) {
        if (!delegates.restore(id, version)) {
            throw conflict();
        }
        auditLog.record("delegate.restore", "delegate", id, null);
        long conferenceId = reader.get(id).orElseThrow().conferenceId();
        live.listChanged(conferenceId);
        live.linksChanged(conferenceId);
    }

    /** "Dự thay": the invitation stays the leader's; the substitute is who checks in. A blank name removes it. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void setSubstitute(long id, int version, String name, String title, String phone) {
        Delegate d = reader.get(id).orElseThrow();
        Substitute s = Substitute.of(name, title, phone);
        InvitationStatus status = s.name() != null ? InvitationStatus.SUBSTITUTE
                : d.invitationStatus() == InvitationStatus.SUBSTITUTE ? InvitationStatus.SENT : d.invitationStatus();
        if (!delegates.setSubstitute(id, version, s.name(), s.title(), s.phone(), status)) {
            throw conflict();
        }
        auditLog.record("delegate.substitute", "delegate", id, s.name());
        live.listChanged(d.conferenceId());
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void setStatus(Collection<Long> ids, InvitationStatus status) {
        delegates.setStatus(ids, status, status == InvitationStatus.CONFIRMED || status == InvitationStatus.DECLINED
                ? clock.instant() : null);
        auditLog.record("delegate.status", "delegate", null, status + " " + ids.size());
        attendanceChanged(ids);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void markSent(Collection<Long> ids) {
        delegates.markSent(ids);
        attendanceChanged(ids); // "not sent" becomes "no answer yet" beside the missing leaders
    }

    /** A new code for a lost or leaked invitation; the old QR stops working at once. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void reissueCode(long id) {
        delegates.reissueCode(id);
        auditLog.record("delegate.reissue-code", "delegate", id, null);
        reader.get(id).ifPresent(d -> live.linksChanged(d.conferenceId())); // an open page of the old link closes
    }

    /**
     * These delegates' names, withdrawn ones too (an id of no delegate is left out, and so is null): presenters on the
     * programme, recipients at the ceremony. Refused if one is of a conference the caller does not serve.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, DelegateName> names(Collection<Long> ids) {
        Map<Long, DelegateName> byId = new HashMap<>();
        delegateNames.names(Ids.distinct(ids)).forEach(d -> byId.put(d.id(), d));
        byId.values().stream().map(DelegateName::conferenceId).distinct().forEach(conferences::check);
        return byId;
    }

    /** The names of the conference's delegates who are not withdrawn. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public List<DelegateName> namesIn(long conferenceId) {
        return delegateNames.namesIn(conferenceId);
    }

    /** Open attendance screens recount after the commit: who is expected has changed (delegates of one conference). */
    private void attendanceChanged(Collection<Long> ids) {
        ids.stream().findFirst().flatMap(reader::get).ifPresent(d -> live.listChanged(d.conferenceId()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public List<CompositionGroup> groups(long conferenceId) {
        return groupService.list(conferenceId);
    }

    private static VersionConflictException conflict() {
        return new VersionConflictException(Texts.t("delegate.changedMeanwhile"));
    }
}
