package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.award.repository.CeremonyRepository;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.LiveDelay;

/**
 * The ceremony run by the MC through the programme: inside the awards item "next" and "previous" walk the batches,
 * past the last one the programme moves on; moving past a batch marks it presented; the batch on stage survives a
 * restart; displays watch, only the MC and the committee run it.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "mc-le", roles = AppRoles.MC)
class CeremonyLiveTest {

    @Autowired CeremonyFixture fixture;
    @Autowired CeremonyService ceremonies;
    @Autowired CeremonyLiveService ceremony;
    @Autowired AgendaLiveService agenda;
    @Autowired NominationService nominations;
    @Autowired CeremonyRepository ceremonyRepository;
    @Autowired CeremonyReader ceremonyReader;
    @Autowired NominationRepository nominationRepository;
    @Autowired AuditLog auditLog;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired ScreenLinkService links;
    @Autowired LiveHub hub;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    /** The conference with 3 collectives and 4 individuals decided, in batches of 2: [2, 1, 2, 2]. */
    private long planned() {
        long conference = fixture.conference(3, 4);
        accounts.serving("mc-le", AppRoles.MC, conference);
        runAs.committee("bantochuc-le", () -> ceremonies.generate(conference, 0, 2, CeremonyOrder.COLLECTIVES_FIRST_AS_LISTED));
        return conference;
    }

    /** Starts the programme and moves to the item before the awards item. */
    private List<AgendaItem> toTheItemBeforeTheAwards(long conference) {
        List<AgendaItem> items = agenda.start(conference).agenda().items();
        while (items.get(agenda.live(conference).currentIndex() + 1).kind() != AgendaKind.AWARDS) {
            agenda.next(conference);
        }
        return items;
    }

    private String title(long conference) {
        return agenda.live(conference).current().item().title();
    }

    private long presented(long conference) {
        return runAs.committee("bantochuc-le", () -> nominations.list(conference, NominationFilter.ALL).stream()
                .filter(n -> n.status() == NominationStatus.PRESENTED).count());
    }

    @Test
    void nextAndPreviousWalkTheBatchesInsideTheAwardsItemAndLeaveItAfterTheLast() {
        long conference = planned();
        List<AgendaItem> items = toTheItemBeforeTheAwards(conference);
        int awards = agenda.live(conference).currentIndex() + 1;

        agenda.next(conference); // the awards item: the MC's opening words, no batch yet
        assertThat(title(conference)).isEqualTo(items.get(awards).title());
        assertThat(ceremony.live(conference).on()).isFalse();
        assertThat(ceremony.live(conference).next().number()).isEqualTo(1);

        agenda.next(conference);
        CeremonyLive live = ceremony.live(conference);
        assertThat(live.current().number()).isEqualTo(1);
        assertThat(live.batchCount()).isEqualTo(4);
        assertThat(live.current().recipients()).hasSize(2).allMatch(CeremonyRecipient::collective);
        assertThat(live.next().number()).isEqualTo(2);
        assertThat(presented(conference)).isZero();

        agenda.next(conference);
        assertThat(ceremony.live(conference).current().number()).isEqualTo(2);
        assertThat(presented(conference)).isEqualTo(2); // batch 1 was presented
        agenda.previous(conference); // batch 1 is on stage again: not presented until the MC moves past it again
        assertThat(ceremony.live(conference).current().number()).isEqualTo(1);
        assertThat(presented(conference)).isZero();
        agenda.next(conference);
        agenda.next(conference);
        agenda.next(conference);
        assertThat(ceremony.live(conference).current().number()).isEqualTo(4);
        assertThat(ceremony.live(conference).next()).isNull();
        assertThat(title(conference)).isEqualTo(items.get(awards).title());
        assertThat(presented(conference)).isEqualTo(5);

        AgendaLive after = agenda.next(conference); // past the last batch: the programme moves on
        assertThat(after.current().item().title()).isEqualTo(items.get(awards + 1).title());
        assertThat(ceremony.live(conference).on()).isFalse();
        assertThat(presented(conference)).isEqualTo(7);

        agenda.previous(conference); // back from the item after: the last batch is on stage again
        assertThat(title(conference)).isEqualTo(items.get(awards).title());
        assertThat(ceremony.live(conference).current().number()).isEqualTo(4);
        assertThat(presented(conference)).isEqualTo(5);
        agenda.previous(conference);
        agenda.previous(conference);
        agenda.previous(conference);
        assertThat(ceremony.live(conference).current().number()).isEqualTo(1);
        agenda.previous(conference); // from batch 1 to the item's opening words
        assertThat(ceremony.live(conference).on()).isFalse();
        assertThat(title(conference)).isEqualTo(items.get(awards).title());
        agenda.previous(conference); // and out of the awards item
        assertThat(title(conference)).isEqualTo(items.get(awards - 1).title());
        assertThat(presented(conference)).isZero();

        // After a rehearsal the committee resets: nothing on stage, nobody presented.
        agenda.next(conference);
        agenda.next(conference);
        agenda.next(conference);
        assertThat(presented(conference)).isEqualTo(2);
        runAs.committee("bantochuc-le", () -> {
            assertThatThrownBy(() -> ceremonies.generate(conference, 1, 3, CeremonyOrder.BY_UNIT))
                    .isInstanceOf(vn.hoinghi.base.ValidationException.class).hasMessageContaining("đang trên sân khấu");
            ceremonies.reset(conference);
            return null;
        });
        assertThat(presented(conference)).isZero();
        assertThat(ceremony.live(conference).on()).isFalse();
    }

    @Test
    void anAwardsItemWithoutBatchesIsAnOrdinaryItem() {
        long conference = fixture.conference(1, 1); // decided, but no batches made
        accounts.serving("mc-le", AppRoles.MC, conference);
        List<AgendaItem> items = toTheItemBeforeTheAwards(conference);
        int awards = agenda.live(conference).currentIndex() + 1;
        agenda.next(conference);
        agenda.next(conference);
        assertThat(title(conference)).isEqualTo(items.get(awards + 1).title());
    }

    @Test
    void afterARestartTheSameBatchIsOnStage() {
        long conference = planned();
        toTheItemBeforeTheAwards(conference);
        agenda.next(conference);
        agenda.next(conference);
        agenda.next(conference);
        assertThat(ceremony.live(conference).current().number()).isEqualTo(2);

        // A new service over the same database, as after a restart: the batch comes from the stored state.
        CeremonyLiveService restarted = new CeremonyLiveService(ceremonyRepository, ceremonyReader,
                nominationRepository, auditLog, events, Clock.systemUTC(), transactions);
        CeremonyLive after = tx.execute(s -> restarted.live(conference));
        assertThat(after.current().number()).isEqualTo(2);
        assertThat(after.batchCount()).isEqualTo(4);
        Boolean moved = tx.execute(s -> restarted.forward(conference));
        assertThat(moved).isTrue();
        assertThat(ceremony.live(conference).current().number()).isEqualTo(3);
    }

    @Test
    void displaysWatchTheMcRunsOthersDoNot() throws Exception {
        long conference = planned();
        toTheItemBeforeTheAwards(conference);
        agenda.next(conference);
        List<String> heard = new CopyOnWriteArrayList<>();
        try (var sub = hub.subscribe(conference, Set.of(LiveTopic.AGENDA), () -> heard.add("agenda"))) {
            agenda.next(conference);
            LiveDelay.await(() -> !heard.isEmpty());
            assertThat(heard).isNotEmpty();
        }
        var hall = runAs.committee("bantochuc-le", () -> links.create(conference, ScreenKind.HALL, null, "Hội trường"));
        var pass = links.signIn(hall.token()).orElseThrow();
        runAs.screen(pass, () -> {
            assertThat(ceremony.live(conference).current().number()).isEqualTo(1);
            assertThatThrownBy(() -> ceremony.forward(conference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agenda.next(conference)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        long other = fixture.conference(1, 1);
        runAs.screen(pass, () -> {
            assertThatThrownBy(() -> ceremony.live(other)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        accounts.serving("don-vi-le", AppRoles.UNIT, conference); // refused for the role
        runAs.role("don-vi-le", AppRoles.UNIT, () -> {
            assertThatThrownBy(() -> ceremony.live(conference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ceremony.back(conference)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat((boolean) runAs.committee("bantochuc-le", () -> ceremony.back(conference))).isTrue();
    }
}
