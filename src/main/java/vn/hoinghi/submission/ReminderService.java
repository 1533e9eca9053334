package vn.hoinghi.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.ReminderRepository;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/**
 * E-mails units that still owe a contribution (nothing sent, or changes asked for) at the contact address of the
 * units directory, through the outbox. Automatically from {@code daysBefore} days before the deadline until the day
 * itself; by the committee's button whenever it likes. Never twice to the same contribution on one day in Vietnam.
 */
@Service
@Transactional
public class ReminderService {

    private final ReminderRepository owed;
    private final ContributionRepository contributions;
    private final ConferenceService conferences;
    private final UnitService units;
    private final MailService mail;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int daysBefore;
    private final String portalUrl;

    ReminderService(ReminderRepository owed, ContributionRepository contributions, ConferenceService conferences,
                    UnitService units, MailService mail, AuditLog auditLog, Clock clock,
                    @Value("${hoinghi.contributions.remind-days-before:3}") int daysBefore,
                    @Value("${hoinghi.public-url:http://localhost:8080}") String publicUrl) {
        this.owed = owed;
        this.contributions = contributions;
        this.conferences = conferences;
        this.units = units;
        this.mail = mail;
        this.auditLog = auditLog;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.portalUrl = publicUrl.replaceAll("/+$", "") + "/my-contributions";
    }

    public int daysBefore() {
        return daysBefore;
    }

    /** The committee's button: every contribution of the conference still owed, overdue ones included. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public ReminderResult remindNow(long conferenceId) {
        return send(addressed(owed.owed(conferenceId)));
    }

    /** The daily round, in every conference: deadlines from today to {@code daysBefore} days ahead. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public ReminderResult remindDue() {
        LocalDate today = today();
        return send(addressed(owed.owedWithDeadline(today, today.plusDays(daysBefore))));
    }

    /** The targets with their conference's title (one read a conference) and their unit's name and address. */
    private List<ReminderTarget> addressed(List<ReminderTarget> targets) {
        Map<Long, String> titles = new HashMap<>();
        targets.stream().map(ReminderTarget::conferenceId).distinct()
                .forEach(id -> titles.put(id, conferences.get(id).orElseThrow().title()));
        Map<Long, Unit> byId = units.get(targets.stream().map(ReminderTarget::unitId).toList());
        return targets.stream().map(t -> t.addressed(titles.get(t.conferenceId()), byId.get(t.unitId()).name(),
                byId.get(t.unitId()).contactEmail())).toList();
    }

    private ReminderResult send(List<ReminderTarget> targets) {
        Instant now = clock.instant();
        LocalDate today = today();
        Instant dayStart = today.atStartOfDay(Times.VIETNAM).toInstant();
        List<String> sent = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        int already = 0;
        for (ReminderTarget t : targets) {
            if (t.email() == null || t.email().isBlank()) {
                withoutEmail.add(t.unitName());
            } else if (!contributions.markReminded(t.contributionId(), now, dayStart)) {
                already++;
            } else {
                mail.queue(t.conferenceId(), null, t.email(), ReminderEmail.subject(t),
                        ReminderEmail.body(t, today, portalUrl), null, null);
                auditLog.record("contribution.remind", "contribution", t.contributionId(), t.email());
                sent.add(t.unitName());
            }
        }
        return new ReminderResult(List.copyOf(sent), List.copyOf(withoutEmail.stream().distinct().toList()), already);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.VIETNAM));
    }
}
