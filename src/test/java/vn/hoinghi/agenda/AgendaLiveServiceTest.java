package vn.hoinghi.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.repository.AgendaLiveRepository;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.LiveDelay;

/**
 * The live programme against the real database: the state machine under a clock the test moves, a restart in
 * the middle of an item, the roles, and the after-commit announcement.
 */
@IntegrationTest
@WithMockUser(username = "mc-live", roles = AppRoles.MC)
class AgendaLiveServiceTest {

    @Autowired AgendaLiveService bean;
    @Autowired AgendaLiveRepository liveRepository;
    @Autowired AgendaRepository itemRepository;
    @Autowired AgendaReader reader;
    @Autowired AgendaImportService importer;
    @Autowired ConferenceService conferences;
    @Autowired PointImportService pointImport;
    @Autowired AuditLog auditLog;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired LiveHub hub;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired vn.hoinghi.award.CeremonyLiveService ceremony;
    @Autowired vn.hoinghi.delegate.DelegateAnswers delegateAnswers;

    /** 07:30 in Vietnam on the sample conference's day: the planned start of the first item. */
    static final Instant PLANNED_START = Instant.parse("2021-10-29T00:30:00Z");

    final MutableClock clock = new MutableClock(PLANNED_START.plusSeconds(120));
    long conference;
    List<AgendaItem> items;

    @BeforeEach
    void theSampleProgramme() {
        runAs.committee("bantochuc", () -> {
            var plan = TestData.quangTri();
            plan.setTitle(TestData.unique(plan.getTitle()));
            plan.setStartsAt(java.time.LocalDateTime.of(2021, 10, 29, 7, 30)); // PLANNED_START to the second
            conference = conferences.create(plan);
            pointImport.commit(conference, pointImport.preview(conference, "diem-cau.xlsx", ImportFixture.sample("diem-cau.xlsx")));
            var preview = importer.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv"));
            importer.commit(preview, false);
            return null;
        });
        accounts.serving("mc-live", AppRoles.MC, conference);
        items = bean.live(conference).agenda().items();
        assertThat(items).hasSize(12);
    }

    /** A service like the application's, but on the test's clock, in transactions of its own. */
    private Controls service() {
        return new Controls(new AgendaLiveService(liveRepository, itemRepository, reader, conferences, ceremony,
                auditLog, events, clock, transactions, delegateAnswers),
                new TransactionTemplate(transactions));
    }

    record Controls(AgendaLiveService s, TransactionTemplate tx) {
        AgendaLive run(java.util.function.Function<AgendaLiveService, AgendaLive> op) {
            return tx.execute(t -> op.apply(s));
        }
    }

    @Test
    void startNextPreviousSkipAndTheEnd() {
        Controls c = service();
        AgendaLive before = c.run(s -> s.live(conference));
        assertThat(before.started()).isFalse();
        assertThat(before.next().item().id()).isEqualTo(items.get(0).id());

        AgendaLive l = c.run(s -> s.start(conference));
        assertThat(l.current().item().id()).isEqualTo(items.get(0).id());
        assertThat(l.elapsed()).isZero();
        assertThat(l.lateBy()).isEqualTo(Duration.ofMinutes(2)); // started at 07:32 for 07:30
        assertThat(l.next().item().id()).isEqualTo(items.get(1).id());

        clock.add(Duration.ofMinutes(7));
        l = c.run(s -> s.next(conference));
        assertThat(l.current().item().id()).isEqualTo(items.get(1).id());
        assertThat(l.lateBy()).isEqualTo(Duration.ofMinutes(-1)); // 07:39 for 07:40: early

        clock.add(Duration.ofSeconds(30));
        l = c.run(s -> s.previous(conference));
        assertThat(l.current().item().id()).isEqualTo(items.get(0).id());
        assertThat(l.elapsed()).isZero();

        l = c.run(s -> s.skip(conference)); // item 2 is left out
        assertThat(l.current().item().id()).isEqualTo(items.get(2).id());

        for (int i = 3; i < 12; i++) {
            l = c.run(s -> s.next(conference));
        }
        assertThat(l.current().item().id()).isEqualTo(items.get(11).id());
        assertThat(l.next()).isNull();
        l = c.run(s -> s.next(conference));
        assertThat(l.ended()).isTrue();
        assertThat(l.current()).isNull();
        l = c.run(s -> s.next(conference));
        assertThat(l.ended()).isTrue();
        l = c.run(s -> s.previous(conference));
        assertThat(l.current().item().id()).isEqualTo(items.get(11).id());
    }

    @Test
    void pausesAreLeftOutOfTheElapsedTimeAndExtraTimeMovesTheEnd() {
        Controls c = service();
        c.run(s -> s.start(conference)); // item 1: 10 minutes
        clock.add(Duration.ofMinutes(4));
        AgendaLive l = c.run(s -> s.pauseOrResume(conference));
        assertThat(l.state().paused()).isTrue();
        clock.add(Duration.ofMinutes(3));
        assertThat(c.run(s -> s.live(conference)).elapsed()).isEqualTo(Duration.ofMinutes(4));
        l = c.run(s -> s.pauseOrResume(conference));
        assertThat(l.state().running()).isTrue();
        clock.add(Duration.ofMinutes(7));
        l = c.run(s -> s.live(conference));
        assertThat(l.elapsed()).isEqualTo(Duration.ofMinutes(11));
        assertThat(l.remaining()).isEqualTo(Duration.ofMinutes(-1));
        assertThat(l.overrun()).isTrue();
        assertThat(AgendaLive.clock(l.remaining())).isEqualTo("-01:00");

        c.run(s -> s.extend(conference, 1));
        l = c.run(s -> s.extend(conference, 5));
        assertThat(l.allowed()).isEqualTo(Duration.ofMinutes(16));
        assertThat(l.remaining()).isEqualTo(Duration.ofMinutes(5));
        assertThat(l.overrun()).isFalse();

        l = c.run(s -> s.next(conference)); // a new item starts with its own plan
        assertThat(l.allowed()).isEqualTo(Duration.ofMinutes(items.get(1).plannedMinutes()));
        assertThat(l.state().pausedMillis()).isZero();
    }

    @Test
    void stageMessagesAreSentClearedAndDroppedWithTheItem() {
        Controls c = service();
        c.run(s -> s.start(conference));
        AgendaLive l = c.run(s -> s.message(conference, "Còn 1 phút"));
        assertThat(l.state().message()).isEqualTo("Còn 1 phút");
        assertThat(l.state().messageAt()).isEqualTo(clock.instant());
        l = c.run(s -> s.clearMessage(conference));
        assertThat(l.state().message()).isNull();
        l = c.run(s -> s.message(conference, "  Mời đồng chí   \n phát biểu  "));
        assertThat(l.state().message()).isEqualTo("Mời đồng chí\n phát biểu");
        l = c.run(s -> s.next(conference));
        assertThat(l.state().message()).isNull();
        assertThatThrownBy(() -> c.run(s -> s.message(conference, "x".repeat(501))))
                .isInstanceOf(vn.hoinghi.base.ValidationException.class);
    }

    @Test
    void afterARestartTheSameItemIsOnWithTheRightElapsedTime() {
        Controls before = service();
        before.run(s -> s.start(conference));
        before.run(s -> s.next(conference));
        clock.add(Duration.ofMinutes(2));
        before.run(s -> s.pauseOrResume(conference));
        clock.add(Duration.ofSeconds(40));
        before.run(s -> s.pauseOrResume(conference));
        clock.add(Duration.ofMinutes(1));
        before.run(s -> s.message(conference, "Xin kết thúc"));

        clock.add(Duration.ofMinutes(5)); // the application is down for five minutes
        AgendaLive after = service().run(s -> s.live(conference)); // a new service, the state from the database
        assertThat(after.current().item().id()).isEqualTo(items.get(1).id());
        assertThat(after.elapsed()).isEqualTo(Duration.ofMinutes(8));
        assertThat(after.state().message()).isEqualTo("Xin kết thúc");
        assertThat(after.state().running()).isTrue();
    }

    @Test
    void onlyTheMcAndTheCommitteeRunTheProgramme() {
        accounts.serving("cong-live", AppRoles.GATE, conference);
        accounts.serving("man-hinh-live", AppRoles.SCREEN, conference);
        accounts.serving("diem-cau-live", AppRoles.POINT, conference);
        runAs.role("cong-live", AppRoles.GATE, () -> {
            assertThatThrownBy(() -> bean.next(conference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bean.live(conference)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        runAs.role("man-hinh-live", AppRoles.SCREEN, () -> {
            assertThat(bean.live(conference).started()).isFalse(); // a screen watches
            assertThatThrownBy(() -> bean.start(conference)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bean.message(conference, "x")).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        runAs.role("diem-cau-live", AppRoles.POINT, () -> {
            assertThatThrownBy(() -> bean.pauseOrResume(conference)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(bean.start(conference).started()).isTrue(); // the MC
        assertThat(runAs.committee("bantochuc", () -> bean.next(conference)).current().item().id())
                .isEqualTo(items.get(1).id());
    }

    @Test
    void everyChangeIsAnnouncedAfterTheCommit() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (var sub = hub.subscribe(conference, java.util.Set.of(LiveTopic.AGENDA), () -> heard.add("agenda"))) {
            bean.start(conference);
            LiveDelay.await(() -> !heard.isEmpty());
            assertThat(heard).isNotEmpty();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void add(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
