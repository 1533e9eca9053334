package vn.hoinghi.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;
import vn.hoinghi.security.TestAccounts;

/**
 * Asking for the floor against the real database: a point's desk asks in a discussion, the MC grants, declines and
 * ends; one speaker at a time, one waiting request per point; who may do what; the time spoken; the day's reset.
 */
@IntegrationTest
class FloorServiceTest {

    @Autowired FloorFixture fixture;
    @Autowired FloorService floor;
    @Autowired FloorBoardService boards;
    @Autowired ScreenLinkService links;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    FloorFixture.Day day;
    MeetingPoint mine;
    MeetingPoint theirs;
    MeetingPoint third;

    @BeforeEach
    void aConferenceWithItsOpeningSpeechOn() {
        day = fixture.day();
        mine = day.remote().get(0);
        theirs = day.remote().get(1);
        third = day.remote().get(2);
    }

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    private <T> T coordinator(Supplier<T> work) {
        return runAs.role(day.coordinator(), AppRoles.POINT, work);
    }

    private <T> T mc(Supplier<T> work) {
        return runAs.role(day.mc(), AppRoles.MC, work);
    }

    private ScreenPass link(ScreenKind kind, MeetingPoint point) {
        String token = committee(() -> links.create(day.conference(), kind, point.id(), kind + " " + point.name())).token();
        return links.signIn(token).orElseThrow();
    }

    private FloorRequest request(long id) {
        return committee(() -> floor.history(day.conference())).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private FloorBoard board() {
        return mc(() -> boards.board(day.conference()));
    }

    @Test
    void anItemThatIsNoDiscussionTakesNoRequest() {
        assertThat(coordinator(() -> boards.desk(mine.id())).open()).isFalse();
        assertThatThrownBy(() -> coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", "Giao thông")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("request"))
                        .contains("không nhận đăng ký phát biểu"));
        assertThat(committee(() -> floor.history(day.conference()))).isEmpty();
    }

    @Test
    void aPointAsksTheMcGrantsAndEndsAndTheTimeSpokenIsKept() {
        fixture.discussion(day.conference());
        assertThat(coordinator(() -> boards.desk(mine.id())).open()).isTrue();
        long asked = coordinator(() -> floor.ask(mine.id(), "  Nguyễn Văn A ", "Giao thông nông thôn"));
        DeskFloor desk = coordinator(() -> boards.desk(mine.id()));
        assertThat(desk.waiting()).isTrue();
        assertThat(desk.place()).isEqualTo(1);
        assertThat(desk.mine().speaker()).isEqualTo("Nguyễn Văn A");
        assertThat(board().waiting()).extracting(l -> l.request().id()).containsExactly(asked);
        assertThat(board().waiting().getFirst().pointName()).isEqualTo(mine.name());

        FloorRequest waiting = request(asked);
        mc(() -> { floor.grant(asked, waiting.version()); return null; });
        FloorRequest granted = request(asked);
        assertThat(granted.state()).isEqualTo(FloorState.SPEAKING);
        assertThat(granted.decidedBy()).isEqualTo(day.mc());
        assertThat(granted.startedAt()).isEqualTo(granted.decidedAt());
        assertThat(coordinator(() -> boards.desk(mine.id())).speaking()).isTrue();
        assertThat(board().speaking().request().id()).isEqualTo(asked);
        assertThat(mc(() -> boards.onFloor(day.conference()))).map(l -> l.pointName()).contains(mine.name());

        mc(() -> { floor.end(asked, granted.version()); return null; });
        FloorRequest done = request(asked);
        assertThat(done.state()).isEqualTo(FloorState.DONE);
        assertThat(done.endedAt()).isNotNull();
        Duration spoken = done.spoken(Instant.now().plusSeconds(3600));
        assertThat(spoken).as("the time spoken stops when the floor is given back")
                .isEqualTo(Duration.between(done.startedAt(), done.endedAt()));
        assertThat(spoken.isNegative()).isFalse();
        assertThat(board().speaking()).isNull();
    }

    @Test
    void grantingAnotherEndsTheCurrentSpeakerFirst() {
        fixture.discussion(day.conference());
        long first = coordinator(() -> floor.ask(mine.id(), "Người thứ nhất", null));
        long second = committee(() -> floor.ask(theirs.id(), "Người thứ hai", "Y tế"));
        assertThat(committee(() -> boards.desk(theirs.id())).place()).isEqualTo(2);
        mc(() -> { floor.grant(first, request(first).version()); return null; });
        mc(() -> { floor.grant(second, request(second).version()); return null; });
        assertThat(request(first).state()).isEqualTo(FloorState.DONE);
        assertThat(request(first).endedAt()).isNotNull();
        assertThat(request(second).state()).isEqualTo(FloorState.SPEAKING);
        assertThat(committee(() -> floor.history(day.conference())))
                .filteredOn(r -> r.state() == FloorState.SPEAKING).hasSize(1);
    }

    @Test
    void onePointWaitsWithOneRequestAndMayWithdrawIt() {
        fixture.discussion(day.conference());
        long asked = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", null));
        assertThatThrownBy(() -> coordinator(() -> floor.ask(mine.id(), "Trần Thị B", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("request")).contains("đang chờ"));
        coordinator(() -> { floor.withdraw(asked); return null; });
        assertThat(request(asked).state()).isEqualTo(FloorState.WITHDRAWN);
        assertThatThrownBy(() -> coordinator(() -> { floor.withdraw(asked); return null; }))
                .as("only a waiting request is withdrawn").isInstanceOf(VersionConflictException.class);
        long again = coordinator(() -> floor.ask(mine.id(), "Trần Thị B", null));
        assertThat(request(again).state()).isEqualTo(FloorState.WAITING);
    }

    @Test
    void theMcDeclinesAndTwoMcsPressingAtOnceGetAClearMessage() {
        fixture.discussion(day.conference());
        long asked = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", null));
        int shown = request(asked).version();
        mc(() -> { floor.decline(asked, shown); return null; });
        assertThat(request(asked).state()).isEqualTo(FloorState.DECLINED);
        assertThat(request(asked).decidedAt()).isNotNull();
        assertThat(coordinator(() -> boards.desk(mine.id())).mine().state()).isEqualTo(FloorState.DECLINED);
        assertThatThrownBy(() -> committee(() -> { floor.grant(asked, shown); return null; }))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("người khác");
    }

    @Test
    void theSpeakersNameIsRequiredAndBounded() {
        fixture.discussion(day.conference());
        assertThatThrownBy(() -> coordinator(() -> floor.ask(mine.id(), "  ", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("speaker"));
        assertThatThrownBy(() -> coordinator(() -> floor.ask(mine.id(), "A".repeat(151), "B".repeat(501))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKeys("speaker", "topic"));
        assertThat(committee(() -> floor.history(day.conference()))).isEmpty();
    }

    @Test
    void aCoordinatorAsksForTheirOwnPointOnlyAndADeskLinkForItsOwn() {
        fixture.discussion(day.conference());
        assertThatThrownBy(() -> coordinator(() -> floor.ask(theirs.id(), "Nguyễn Văn A", null)))
                .isInstanceOf(AccessDeniedException.class);
        ScreenPass desk = link(ScreenKind.DESK, third);
        long asked = runAs.screen(desk, () -> floor.ask(third.id(), "Lê Văn C", "Nông nghiệp"));
        assertThatThrownBy(() -> runAs.screen(desk, () -> floor.ask(theirs.id(), "Lê Văn C", null)))
                .isInstanceOf(AccessDeniedException.class);
        long theirsAsked = committee(() -> floor.ask(theirs.id(), "Phạm D", null));
        assertThatThrownBy(() -> runAs.screen(desk, () -> { floor.withdraw(theirsAsked); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(desk, () -> { floor.grant(asked, 0); return null; }))
                .as("a desk does not grant itself the floor").isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.screen(desk, () -> boards.desk(third.id())).waiting()).isTrue();
    }

    @Test
    void aPointsScreenLinkAndAnotherConferencesMcCannotGrant() {
        fixture.discussion(day.conference());
        long asked = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", null));
        ScreenPass screen = link(ScreenKind.POINT, mine);
        assertThatThrownBy(() -> runAs.screen(screen, () -> { floor.grant(asked, 0); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(screen, () -> floor.ask(mine.id(), "X", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(screen, () -> boards.board(day.conference())))
                .isInstanceOf(AccessDeniedException.class);
        String stranger = accounts.serving("floor-mc-other-" + day.conference(), AppRoles.MC);
        assertThatThrownBy(() -> runAs.role(stranger, AppRoles.MC, () -> { floor.grant(asked, 0); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(request(asked).state()).isEqualTo(FloorState.WAITING);
    }

    @Test
    void theDaysResetWithdrawsTheWaitingAndEndsTheSpeaker() {
        fixture.discussion(day.conference());
        long speaking = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", null));
        long waiting = committee(() -> floor.ask(theirs.id(), "Phạm D", null));
        mc(() -> { floor.grant(speaking, request(speaking).version()); return null; });
        Instant at = Instant.now();
        new TransactionTemplate(transactions).executeWithoutResult(
                tx -> events.publishEvent(new DayReset(day.conference(), at, "bantochuc")));
        assertThat(request(waiting).state()).isEqualTo(FloorState.WITHDRAWN);
        assertThat(request(speaking).state()).isEqualTo(FloorState.DONE);
        assertThat(request(speaking).endedAt()).isNotNull();
        assertThat(board().waiting()).isEmpty();
        assertThat(board().speaking()).isNull();
    }

    @Test
    void aRequestLeftFromAnEarlierItemIsListedApartAndReplacedByANewAsk() {
        fixture.discussion(day.conference());
        long left = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", null));
        fixture.discussion(day.conference()); // the second discussion
        assertThat(board().waiting()).isEmpty();
        assertThat(board().earlier()).extracting(l -> l.request().id()).containsExactly(left);
        DeskFloor desk = coordinator(() -> boards.desk(mine.id()));
        assertThat(desk.open()).isTrue();
        assertThat(desk.mine()).as("the desk asks afresh in the new discussion").isNull();
        long again = coordinator(() -> floor.ask(mine.id(), "Nguyễn Văn A", "Lần nữa"));
        assertThat(request(left).state()).isEqualTo(FloorState.WITHDRAWN);
        assertThat(board().waiting()).extracting(l -> l.request().id()).containsExactly(again);
        assertThat(board().earlier()).isEmpty();
    }
}
