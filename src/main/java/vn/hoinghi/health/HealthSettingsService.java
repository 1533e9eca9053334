package vn.hoinghi.health;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.health.repository.HealthSettingRepository;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.AppRoles;

/** The health declaration setting of a conference: on or off, and its questions. */
@Service
public class HealthSettingsService {

    static final Duration SCANNER_CACHE = Duration.ofSeconds(5);

    /** By conference; read once when all of a conference's gates find it missing together (every {@link #SCANNER_CACHE}). */
    private final Cache<Long, HealthSettings> remembered = Caffeine.newBuilder().expireAfterWrite(SCANNER_CACHE).build();
    private final TransactionTemplate readOnly;
    private final HealthSettingRepository settings;
    private final AuditLog auditLog;
    private final Clock clock;

    HealthSettingsService(HealthSettingRepository settings, AuditLog auditLog, Clock clock,
                          PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Read by the gates and by the scanner devices (which have no session); the questions are no secret. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public HealthSettings get(long conferenceId) {
        return settings.find(conferenceId).orElseGet(() -> HealthSettings.defaults(conferenceId));
    }

    /**
     * The setting as the scanner API reads it on every scan: remembered for {@link #SCANNER_CACHE}, forgotten at once
     * when saved on this server (another server sharing the database sees a change within that time). Open to all
     * like {@link #get}, without the method security interceptor: it runs on every scan (decision 013).
     */
    public HealthSettings forScanners(long conferenceId) {
        return remembered.get(conferenceId, id -> readOnly.execute(status -> get(id)));
    }

    /**
     * Saves the switch and the questions as typed (blank ones are left out). Field names in the errors:
     * "question1" … "question5" for a question, "questions" for the list as a whole.
     */
    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public void save(long conferenceId, int version, boolean enabled, List<String> typed) {
        List<String> questions = validate(typed);
        String by = CurrentUser.usernameOrSystem();
        boolean saved;
        forgetOnCommit(conferenceId);
        try {
            saved = version == 0 && settings.find(conferenceId).isEmpty()
                    ? settings.insert(conferenceId, enabled, questions, clock.instant(), by)
                    : settings.update(conferenceId, version, enabled, questions, clock.instant(), by);
        } catch (DuplicateKeyException e) {
            saved = false;
        }
        if (!saved) {
            throw new VersionConflictException(Texts.t("health.settings.conflict"));
        }
        auditLog.record("health.settings", "conference", conferenceId,
                (enabled ? "on" : "off") + ", " + questions.size() + " questions");
    }

    /** A scan reading the setting while this save commits must not keep the old one. */
    private void forgetOnCommit(long conferenceId) {
        remembered.invalidate(conferenceId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    remembered.invalidate(conferenceId);
                }
            });
        }
    }

    static List<String> validate(List<String> typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> questions = new ArrayList<>();
        List<String> given = typed == null ? List.of() : typed;
        for (int i = 0; i < given.size(); i++) {
            String q = SearchKey.clean(given.get(i));
            if (q == null) {
                continue;
            }
            if (q.length() > HealthSettings.MAX_LENGTH) {
                errors.put("question" + (i + 1), Texts.t("health.settings.questionTooLong",
                        String.valueOf(HealthSettings.MAX_LENGTH)));
            }
            questions.add(q);
        }
        if (questions.isEmpty()) {
            errors.put("question1", Texts.t("health.settings.noQuestion"));
        } else if (questions.size() > HealthSettings.MAX_QUESTIONS) {
            errors.put("questions", Texts.t("health.settings.tooManyQuestions",
                    String.valueOf(HealthSettings.MAX_QUESTIONS)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return questions;
    }
}
