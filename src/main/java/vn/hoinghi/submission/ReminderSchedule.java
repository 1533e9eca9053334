package vn.hoinghi.submission;

import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.hoinghi.security.CommitteeRights;

/**
 * Sends the due reminders every hour of the working day: a restart or a missed hour loses nothing, and a
 * contribution reminded once today is skipped. Several instances send them once (decision 040).
 * {@code hoinghi.contributions.reminder-cron} "-" turns it off.
 */
@Configuration
@EnableScheduling
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final CommitteeRights rights;

    ReminderSchedule(ReminderService reminders, CommitteeRights rights) {
        this.reminders = reminders;
        this.rights = rights;
    }

    /** Once per tick across instances: held at least 30 s, so an instance whose clock is a little late skips it too. */
    @Scheduled(cron = "${hoinghi.contributions.reminder-cron:0 0 7-17 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "contribution-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    void remindDue() {
        ReminderResult result = rights.call(reminders::remindDue);
        if (!result.sent().isEmpty() || !result.withoutEmail().isEmpty()) {
            LOG.info("Contribution reminders: sent {} ({}); no email: {}", result.sent().size(), result.sent(),
                    result.withoutEmail());
        }
    }
}
