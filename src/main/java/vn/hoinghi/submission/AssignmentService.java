package vn.hoinghi.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.VersionRepository;
import vn.hoinghi.unit.UnitService;

/**
 * The committee's list of contributions: which unit writes on what by when, in the plan's order. Overdue is judged
 * on the app's clock in Vietnam's time zone. Each contribution has a version, so two editors get a conflict message.
 */
@Service
@Transactional
public class AssignmentService {

    /** contribution.topic and .notes (migration V12). */
    static final int TOPIC_LENGTH = 1000;
    static final int NOTES_LENGTH = 1000;

    private final ContributionRepository contributions;
    private final ContributionReader reader;
    private final VersionRepository versions;
    private final ConferenceService conferences;
    private final UnitService units;
    private final ContributionAgenda agenda;
    private final AuditLog auditLog;
    private final Clock clock;

    AssignmentService(ContributionRepository contributions, ContributionReader reader, VersionRepository versions,
                      ConferenceService conferences, UnitService units, ContributionAgenda agenda, AuditLog auditLog,
                      Clock clock) {
        this.contributions = contributions;
        this.reader = reader;
        this.versions = versions;
        this.conferences = conferences;
        this.units = units;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Today in Vietnam, by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Times.VIETNAM));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public ContributionBoard board(long conferenceId) {
        return new ContributionBoard(conferenceId, today(), reader.list(conferenceId, null));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, AssignmentDraft draft) {
        return add(conferenceId, List.of(draft)).getFirst();
    }

    /** Adds assignments after the last one, in their order: by hand one at a time, or an imported file's rows. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Long> add(long conferenceId, List<AssignmentDraft> drafts) {
        conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.noConference")));
        List<AssignmentDraft> clean = drafts.stream().map(d -> validate(conferenceId, d)).toList();
        List<Long> ids = contributions.insert(conferenceId, clean, clock.instant(), CurrentUser.usernameOrSystem());
        for (int i = 0; i < ids.size(); i++) {
            auditLog.record("contribution.create", "contribution", ids.get(i), clean.get(i).topic());
        }
        return ids;
    }

    /**
     * Saves unit, topic, deadline and notes; a contribution already in the programme gets its item's title. Once a
     * unit has sent a file the contribution stays that unit's: another unit would see its files.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, AssignmentDraft draft) {
        Contribution c = existing(id);
        AssignmentDraft d = validate(c.conferenceId(), draft);
        if (d.unitId() != c.unitId() && versions.any(id)) {
            throw new ValidationException(Map.of("unitId", Texts.t("submission.assign.unitHasSent",
                    c.unitName())));
        }
        if (!contributions.update(id, version, d, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw conflict();
        }
        agenda.update(existing(id));
        auditLog.record("contribution.update", "contribution", id, d.topic() + " · "
                + Texts.in(Texts.VIETNAMESE, "submission.audit.deadline", Times.DATE.format(d.deadline())));
    }

    /** Only an assignment the unit has sent nothing for is deleted; the others are refused, not erased. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long id, int version) {
        Contribution c = existing(id);
        if (versions.any(id)) {
            throw new ValidationException(Map.of("delete", Texts.t("submission.assign.cannotDelete",
                    c.unitName())));
        }
        if (!contributions.delete(id, c.conferenceId(), version)) {
            throw conflict();
        }
        auditLog.record("contribution.delete", "contribution", id, c.unitName() + ": " + c.topic());
    }

    /** Someone changed the contribution since the caller read it. */
    static VersionConflictException conflict() {
        return new VersionConflictException(Texts.t("submission.conflict"));
    }

    private Contribution existing(long id) {
        return reader.get(id).orElseThrow(AssignmentService::conflict);
    }

    /** Checks the draft and returns it cleaned; the messages name the field. */
    AssignmentDraft validate(long conferenceId, AssignmentDraft d) {
        Map<String, String> errors = problems(d);
        if (d.unitId() != null) {
            units.refusal(conferenceId, d.unitId()).ifPresent(refusal -> errors.put("unitId", refusal));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AssignmentDraft(d.unitId(), SearchKey.clean(d.topic()), d.deadline(), SearchKey.cleanLines(d.notes()));
    }

    /** The problems of one assignment, keyed by field: for the form and for an imported row alike. */
    static Map<String, String> problems(AssignmentDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.unitId() == null) {
            errors.put("unitId", Texts.t("submission.assign.unitMissing"));
        }
        String topic = SearchKey.clean(d.topic());
        if (topic == null) {
            errors.put("topic", Texts.t("submission.assign.topicMissing"));
        }
        Lengths.check(errors, "topic", topic, TOPIC_LENGTH, Texts.t("contrib.col.topic"));
        if (d.deadline() == null) {
            errors.put("deadline", Texts.t("submission.assign.deadlineMissing"));
        }
        Lengths.check(errors, "notes", SearchKey.cleanLines(d.notes()), NOTES_LENGTH, Texts.t("contrib.field.notes"));
        return errors;
    }
}
