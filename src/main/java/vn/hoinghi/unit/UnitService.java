package vn.hoinghi.unit;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.Ids;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.RememberedById;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.unit.repository.UnitRepository;

/** The province's directory of units: departments, districts, organisations and their contacts. */
@Service
@Transactional
public class UnitService {

    /** unit.name (migration V1). */
    public static final int MAX_NAME = 255;

    private static final String CONFLICT = "unit.conflict";
    /** How long a unit's name is remembered for {@link #names}; a rename on this server is seen at once. */
    static final Duration NAMES_REMEMBERED = Duration.ofSeconds(5);

    private final RememberedById<String> remembered = new RememberedById<>(NAMES_REMEMBERED);
    private final UnitRepository units;
    private final AuditLog auditLog;
    private final UnitInUse inUse;
    private final ConferenceService conferences;
    private final ApplicationEventPublisher events;

    UnitService(UnitRepository units, AuditLog auditLog, UnitInUse inUse, ConferenceService conferences,
                ApplicationEventPublisher events) {
        this.units = units;
        this.auditLog = auditLog;
        this.inUse = inUse;
        this.conferences = conferences;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Unit> find(String search) {
        return units.find(search);
    }

    /** These units by id, in name order (the database's, as every list of units); an id of no unit is left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Unit> get(Collection<Long> ids) {
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.byIds(Ids.distinct(ids)).forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    /**
     * These units' names by id (an id of no unit is left out, and so is null), remembered for {@link #NAMES_REMEMBERED}:
     * every delegate read asks for them, a scanner's at every scan. Open without a login: a scanner and a delegate's
     * invitation link show the delegate's unit, and a unit's name is no secret.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, String> names(Collection<Long> ids) {
        return remembered.get(Ids.distinct(ids), missing -> {
            Map<Long, String> read = new HashMap<>();
            units.byIds(missing).forEach(u -> read.put(u.id(), u.name()));
            return read;
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean exists(long id) {
        return !units.byIds(List.of(id)).isEmpty();
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(UnitDraft draft) {
        UnitDraft clean = validate(draft, null);
        long id = units.insert(clean);
        auditLog.record("unit.create", "unit", id, clean.name());
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, UnitDraft draft) {
        UnitDraft clean = validate(draft, id);
        remembered.forgetAfterTransaction(id);
        if (!units.update(id, version, clean)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("unit.update", "unit", id, clean.name());
        namesChanged();
    }

    /**
     * Deletes a unit typed in by mistake, only while nothing refers to it (delegates, points, nominations,
     * contributions, files, reports, tasks, accounts); else the refusal names what and how many.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long id, int version) {
        Unit unit = units.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
        ReferenceCount.refuseDeletingWhileAny(Texts.t("unit.named", unit.name()), inUse.of(id));
        if (!units.delete(id, version)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("unit.delete", "unit", id, unit.name());
    }

    /**
     * A unit's name shows on the attendance and awards screens of the conferences it takes part in. The directory
     * does not know which those are, so every conference's screens are told: a rename is rare, a refresh cheap.
     */
    private void namesChanged() {
        for (Conference c : conferences.list()) {
            events.publishEvent(new ConferenceChanged(c.id(), LiveTopic.ATTENDANCE));
            events.publishEvent(new ConferenceChanged(c.id(), LiveTopic.AWARDS));
        }
    }

    /** The unit of that name (diacritic-blind), created with a guessed level and kind if it is new. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public Unit findOrCreate(String name) {
        String clean = SearchKey.clean(name);
        return units.findByName(clean).orElseGet(() -> {
            create(new UnitDraft(clean, null, UnitClassifier.level(clean), UnitClassifier.kind(clean),
                    null, null, null, null));
            return units.findByName(clean).orElseThrow();
        });
    }

    /** The ids of units by folded name, creating those not in the directory yet: for imports of many rows. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public Map<String, Long> findOrCreateAll(java.util.Collection<String> names) {
        Map<String, Long> ids = new java.util.HashMap<>();
        units.find(null).forEach(u -> ids.put(SearchKey.fold(u.name()), u.id()));
        for (String name : names) {
            String clean = SearchKey.clean(name);
            if (clean != null && !ids.containsKey(SearchKey.fold(clean))) {
                long id = units.insert(new UnitDraft(clean, null, UnitClassifier.level(clean), UnitClassifier.kind(clean),
                        null, null, null, null));
                auditLog.record("unit.create", "unit", id, clean);
                ids.put(SearchKey.fold(clean), id);
            }
        }
        return ids;
    }

    private UnitDraft validate(UnitDraft d, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = SearchKey.clean(d.name());
        if (name == null) {
            errors.put("name", Texts.t("unit.nameMissing"));
        } else if (units.nameTakenByOther(name, id)) {
            errors.put("name", Texts.t("unit.nameTaken", name));
        }
        Lengths.check(errors, "name", name, MAX_NAME, Texts.t("unit.field.name"));
        if (d.level() == null) {
            errors.put("level", Texts.t("unit.levelMissing"));
        }
        if (d.kind() == null) {
            errors.put("kind", Texts.t("unit.kindMissing"));
        }
        String email = SearchKey.clean(d.contactEmail());
        if (email != null && !Emails.valid(email)) {
            errors.put("contactEmail", Texts.t("unit.badEmail", email));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new UnitDraft(name, SearchKey.clean(d.shortName()), d.level(), d.kind(), SearchKey.clean(d.address()),
                SearchKey.clean(d.contactName()), SearchKey.clean(d.contactPhone()), email);
    }
}
