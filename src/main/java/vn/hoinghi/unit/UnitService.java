package vn.hoinghi.unit;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

/**
 * The directory of units (departments, districts, organisations and their contacts), each of one province: a
 * conference offers and takes only its province's units (decision 034).
 */
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
    private final UnitProvinces provinces;
    private final ApplicationEventPublisher events;

    UnitService(UnitRepository units, AuditLog auditLog, UnitInUse inUse, ConferenceService conferences,
                UnitProvinces provinces, ApplicationEventPublisher events) {
        this.units = units;
        this.provinces = provinces;
        this.auditLog = auditLog;
        this.inUse = inUse;
        this.conferences = conferences;
        this.events = events;
    }

    /** The units of the conference's province whose name contains the search (diacritic-blind): what its pickers offer. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public List<Unit> find(long conferenceId, String search) {
        return units.find(provinces.of(conferenceId), search);
    }

    /** The directory page's list: the units of one province (every province's when null). */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Unit> directory(String province, String search) {
        return units.find(province, search);
    }

    /** The provinces of the conferences and of the units, alphabetically: what a unit's province is chosen among. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<String> provinces() {
        return provinces.known();
    }

    /** The province the conference's units belong to: its province text, cleaned. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public String provinceOf(long conferenceId) {
        return provinces.of(conferenceId);
    }

    /**
     * Why this unit may not serve the conference: it is no unit, or one of another province (decision 034); empty
     * when it may. Every service that takes a unit id from a page for a conference asks this.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public Optional<String> refusal(long conferenceId, long unitId) {
        return provinces.refusal(provinces.of(conferenceId), unitId);
    }

    /** Refuses, at {@code field}, the first of these units that may not serve the conference (see {@link #refusal}). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public void checkServes(long conferenceId, Collection<Long> unitIds, String field) {
        String province = provinces.of(conferenceId);
        unitIds.stream().filter(Objects::nonNull).distinct()
                .map(id -> provinces.refusal(province, id)).flatMap(Optional::stream).findFirst()
                .ifPresent(message -> {
                    throw new ValidationException(Map.of(field, message));
                });
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

    /**
     * The unit of that name (diacritic-blind) in the conference's province, created there with a guessed level and
     * kind if it is new.
     */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public Unit findOrCreate(long conferenceId, String name) {
        String clean = SearchKey.clean(name);
        String province = provinces.of(conferenceId);
        return units.findByName(province, clean).orElseGet(() -> {
            create(UnitDraft.named(clean, province));
            return units.findByName(province, clean).orElseThrow();
        });
    }

    /**
     * The ids of the conference's province's units by folded name, creating those not in the directory yet: for
     * imports of many rows.
     */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public Map<String, Long> findOrCreateAll(long conferenceId, Collection<String> names) {
        String province = provinces.of(conferenceId);
        Map<String, Long> ids = new HashMap<>();
        units.find(province, null).forEach(u -> ids.put(SearchKey.fold(u.name()), u.id()));
        for (String name : names) {
            String clean = SearchKey.clean(name);
            if (clean != null && !ids.containsKey(SearchKey.fold(clean))) {
                long id = units.insert(UnitDraft.named(clean, province));
                auditLog.record("unit.create", "unit", id, clean);
                ids.put(SearchKey.fold(clean), id);
            }
        }
        return ids;
    }

    private UnitDraft validate(UnitDraft d, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = SearchKey.clean(d.name());
        String province = SearchKey.clean(d.province());
        if (province == null) {
            errors.put("province", Texts.t("unit.provinceMissing"));
        }
        if (name == null) {
            errors.put("name", Texts.t("unit.nameMissing"));
        } else if (province != null && units.nameTakenByOther(province, name, id)) {
            errors.put(id != null && units.get(id).filter(u -> !u.province().equals(province)).isPresent()
                    ? "province" : "name", Texts.t("unit.nameTaken", name, province));
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
        return new UnitDraft(name, province, SearchKey.clean(d.shortName()), d.level(), d.kind(), SearchKey.clean(d.address()),
                SearchKey.clean(d.contactName()), SearchKey.clean(d.contactPhone()), email);
    }
}
