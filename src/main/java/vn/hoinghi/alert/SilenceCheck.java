package vn.hoinghi.alert;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.CommitteeRights;

/**
 * Silence grows without any report, so a check asks the wall every half minute which points of the conferences
 * running now are silent, and raises their SILENT alerts: as the system, with the committee's rights, one transaction
 * per conference. {@code hoinghi.alerts.silence-cron} sets how often ("-" turns it off, as in the tests).
 */
@Configuration
@EnableScheduling
class SilenceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SilenceCheck.class);

    private final AlertRaiser raiser;
    private final ConferenceService conferences;
    private final CommitteeRights rights;
    private final Clock clock;

    SilenceCheck(AlertRaiser raiser, ConferenceService conferences, CommitteeRights rights, Clock clock) {
        this.raiser = raiser;
        this.conferences = conferences;
        this.rights = rights;
        this.clock = clock;
    }

    /** Once per tick across instances (decision 040); the lock outlives the run by a little, for clocks that differ. */
    @Scheduled(cron = "${hoinghi.alerts.silence-cron:*/30 * * * * *}")
    @SchedulerLock(name = "silence-check", lockAtLeastFor = "PT10S", lockAtMostFor = "PT5M")
    void check() {
        int raised = rights.call(this::raiseSilent);
        if (raised > 0) {
            LOG.info("Silence check: {} alerts raised", raised);
        }
    }

    /** The SILENT alerts raised now in every running conference; the caller's rights decide (the committee's). */
    int raiseSilent() {
        Instant now = clock.instant();
        int raised = 0;
        for (Conference c : conferences.list()) {
            if (!now.isBefore(c.startsAt()) && now.isBefore(c.endsAt())) {
                raised += raiser.raiseSilent(c.id(), now); // a transaction of its own
            }
        }
        return raised;
    }
}
