package vn.hoinghi.point;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.point.repository.PointDayRepository;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.ConferenceAccess;
import vn.hoinghi.security.CurrentAccount;
import vn.hoinghi.security.ScreenLinkService;

/**
 * The application's {@link PointDayService} on a clock the test moves (the application's clock is the system's), in a
 * transaction of its own, like the application's. It is not the Spring proxy: the method-level roles are not checked
 * here, but {@link PointDayService#desk} still is (the committee, or the point's coordinator).
 */
@Component
public class PointDayOnClock {

    private final PointReader points;
    private final PointDayRepository day;
    private final AccountService accounts;
    private final CurrentAccount account;
    private final ScreenLinkService screens;
    private final ConferenceAccess conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    PointDayOnClock(PointReader points, PointDayRepository day, AccountService accounts, CurrentAccount account,
                    ScreenLinkService screens, ConferenceAccess conferences, AuditLog auditLog,
                    ApplicationEventPublisher events, TransactionTemplate tx) {
        this.points = points;
        this.day = day;
        this.accounts = accounts;
        this.account = account;
        this.screens = screens;
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.events = events;
        this.tx = tx;
    }

    public void setStatus(Clock clock, long pointId, ConnectionStatus status) {
        tx.executeWithoutResult(t -> service(clock).setStatus(pointId, status));
    }

    public void setHeadcount(Clock clock, long pointId, int headcount) {
        tx.executeWithoutResult(t -> service(clock).setHeadcount(pointId, headcount));
    }

    private PointDayService service(Clock clock) {
        return new PointDayService(points, day, accounts, account, screens, conferences, auditLog, events, clock);
    }
}
