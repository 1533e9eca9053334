package vn.hoinghi.demo;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.ConferenceAccess;

/** The dev profile's demo accounts (security.AccountBootstrap) made to serve a demo conference once it is loaded. */
@Component
class DemoAccounts {

    static final String DEMO_COORDINATOR = "point";
    /** The accounts that serve a conference once bound to it (decision 021). */
    private static final Set<String> SERVING = Set.of("gate", "mc", "unit", "point", "screen");

    private final AccountService accounts;
    private final ConferenceAccess access;
    private final PointService points;
    private final PointDayService pointDay;

    DemoAccounts(AccountService accounts, ConferenceAccess access, PointService points, PointDayService pointDay) {
        this.accounts = accounts;
        this.access = access;
        this.points = points;
        this.pointDay = pointDay;
    }

    /** Binds the gate, MC, unit, point and screen accounts, and gives the coordinator the first remote point. */
    void serve(long conferenceId) {
        assignCoordinator(conferenceId);
        accounts.list().stream().filter(a -> SERVING.contains(a.username()))
                .forEach(a -> access.bind(a.id(), conferenceId));
    }

    private void assignCoordinator(long conferenceId) {
        var remote = points.list(conferenceId).stream().filter(p -> !p.hall()).findFirst();
        var assigned = pointDay.coordinators(conferenceId).stream().map(c -> c.username()).toList();
        pointDay.candidates().stream().filter(c -> c.username().equals(DEMO_COORDINATOR)).findFirst()
                .filter(c -> !assigned.contains(DEMO_COORDINATOR))
                .ifPresent(c -> remote.ifPresent(p -> pointDay.assign(p.id(), c.accountId())));
    }
}
