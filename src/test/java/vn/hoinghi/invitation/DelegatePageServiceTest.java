package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.floor.FloorBoard;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.invitation.DelegatePageFixture.Day;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/** What the delegate's own page reads and does, through its service, without an account. */
@IntegrationTest
class DelegatePageServiceTest {

    @Autowired DelegatePageService pages;
    @Autowired DelegatePageFixture fixture;
    @Autowired InvitedDelegates invitations;
    @Autowired FloorBoardService floorBoard;
    @Autowired RunAs runAs;
    @Autowired CodeGuessThrottle throttle;

    @Test
    void theLinkOpensTheDelegatesSeatThePlanOfTheHallAndTheProgrammeWithoutTheMcsScript() {
        Day day = fixture.day("Nguyễn Văn An");
        DelegatePage page = pages.open(day.delegate().code(), "10.0.0.1").orElseThrow();

        assertThat(page.invitation().delegate().seat()).isEqualTo("C7");
        assertThat(page.hallRows()).hasSize(6);
        assertThat(page.point()).isNull();
        assertThat(page.qrLink()).endsWith("/moi/" + day.delegate().code());
        AgendaLive programme = pages.programme(page.pass());
        assertThat(programme.agenda().items()).hasSize(5);
        assertThat(programme.agenda().items()).allSatisfy(i -> {
            assertThat(i.script()).isNull();
            assertThat(i.notes()).isNull();
        });
    }

    @Test
    void aRemoteDelegateSeesTheirPointsRoomAndTechnicianNotTheHall() {
        InvitedDelegates.Invited invited = invitations.invite("Trần Thị Bình", Gender.FEMALE, true);
        DelegatePage page = pages.open(invited.code(), "10.0.0.2").orElseThrow();
        assertThat(page.hallRows()).isEmpty();
        assertThat(page.point().name()).isEqualTo("Điểm cầu huyện Gio Linh");
        assertThat(page.point().room()).isEqualTo("Phòng họp UBND huyện");
    }

    @Test
    void guessingFromOneAddressIsRefusedForAWhileEvenWithAGoodCodeOtherAddressesAreNot() {
        Day day = fixture.day("Lê Văn Cường");
        String code = day.delegate().code();
        String guesser = "203.0.113.9";
        for (int i = 0; i < throttle.allowedFailures(); i++) {
            String forged = code.substring(0, code.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAA" + (char) ('a' + i % 26)
                    + (char) ('a' + i / 26 % 26);
            assertThat(pages.open(forged, guesser)).isEmpty();
        }
        assertThat(pages.open(code, guesser)).as("refused without a look-up while locked").isEmpty();
        assertThat(pages.open(code, "198.51.100.7")).isPresent();
    }

    @Test
    void aReissuedOrWithdrawnLinkNoLongerOpens() {
        Day day = fixture.day("Phạm Văn Dũng");
        String old = day.delegate().code();
        assertThat(pages.stillValid(old)).isTrue();
        invitations.reissue(day.delegate().delegateId());
        assertThat(pages.stillValid(old)).isFalse();
        String current = invitations.code(day.delegate().delegateId());
        assertThat(pages.open(current, "10.0.0.3")).isPresent();
        invitations.withdraw(day.delegate().delegateId());
        assertThat(pages.open(current, "10.0.0.3")).isEmpty();
    }

    @Test
    void aHallDelegateAsksForTheFloorInTheDiscussionOnlyOnceAndTheMcListsIt() {
        Day day = fixture.day("Hoàng Văn Em");
        String code = day.delegate().code();
        DelegatePage page = pages.open(code, "10.0.0.4").orElseThrow();
        fixture.next(day);

        assertThatThrownBy(() -> pages.askForTheFloor(code, "Y tế cơ sở"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không nhận đăng ký phát biểu");

        for (int i = 0; i < 3; i++) {
            fixture.next(day); // on to the discussion
        }
        pages.askForTheFloor(code, "Vắc-xin cho vùng sâu");
        assertThatThrownBy(() -> pages.askForTheFloor(code, "Lần nữa"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã có một đăng ký đang chờ");

        assertThat(pages.floor(page.pass()).mine().state()).isEqualTo(FloorState.WAITING);
        assertThat(pages.floor(page.pass()).place()).isEqualTo(1);
        FloorBoard board = runAs.role(day.mc(), AppRoles.MC, () -> floorBoard.board(day.conference()));
        assertThat(board.waiting()).singleElement().satisfies(line -> {
            assertThat(line.request().speaker()).isEqualTo("Hoàng Văn Em");
            assertThat(line.request().topic()).isEqualTo("Vắc-xin cho vùng sâu");
            assertThat(line.request().delegateId()).isEqualTo(day.delegate().delegateId());
        });
    }

    @Test
    void aRemoteDelegateAsksAtTheirPointsDeskNotFromTheirPage() {
        InvitedDelegates.Invited invited = invitations.invite("Võ Thị Giang", Gender.FEMALE, true);
        assertThatThrownBy(() -> pages.askForTheFloor(invited.code(), "Chủ đề"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("qua bàn điểm cầu");
    }
}
