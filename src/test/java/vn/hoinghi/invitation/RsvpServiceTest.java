package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.delegate.RsvpAnswer;
import vn.hoinghi.delegate.RsvpAnswer.Choice;
import vn.hoinghi.invitation.InvitedDelegates.Invited;

/** A delegate answers from the link on their invitation, without an account: the code is the only key. */
@IntegrationTest
@WithAnonymousUser
class RsvpServiceTest {

    @Autowired RsvpService rsvp;
    @Autowired InvitedDelegates invitations;
    @Autowired ConferenceService conferences;

    @Test
    void theLinkOpensTheInvitationWithTheConferenceFactsWithoutALogin() {
        Invited invited = invitations.invite("Nguyễn Văn An", Gender.MALE, false);

        RsvpInvitation opened = rsvp.open(invited.code()).orElseThrow();

        assertThat(opened.conference().title()).isEqualTo(InvitedDelegates.TITLE);
        assertThat(opened.delegate().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(opened.place()).isEqualTo("Hội trường UBND tỉnh Quảng Trị");
        assertThat(opened.answered()).isFalse();
        assertThatThrownBy(() -> conferences.get(invited.conferenceId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDelegateConfirmsThenDeclines() {
        Invited invited = invitations.invite("Lê Thị Bình", Gender.FEMALE, false);

        RsvpInvitation confirmed = rsvp.respond(invited.code(), answer(Choice.CONFIRM));
        assertThat(confirmed.delegate().invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(confirmed.answered()).isTrue();

        rsvp.respond(invited.code(), answer(Choice.DECLINE));
        assertThat(status(invited)).isEqualTo(InvitationStatus.DECLINED);
    }

    @Test
    void aDelegateNamesASubstituteWhoIsStoredAndShownOnReload() {
        Invited invited = invitations.invite("Trần Quốc Cường", Gender.MALE, true);

        rsvp.respond(invited.code(), new RsvpAnswer(Choice.SUBSTITUTE, "  hoàng văn dũng ", "Phó Giám đốc",
                "+84 912.345.678"));

        Delegate reloaded = rsvp.open(invited.code()).orElseThrow().delegate();
        assertThat(reloaded.invitationStatus()).isEqualTo(InvitationStatus.SUBSTITUTE);
        assertThat(reloaded.substituteName()).isEqualTo("Hoàng Văn Dũng");
        assertThat(reloaded.substituteTitle()).isEqualTo("Phó Giám đốc");
        assertThat(reloaded.substitutePhone()).isEqualTo("0912345678");

        rsvp.respond(invited.code(), answer(Choice.CONFIRM));
        Delegate again = rsvp.open(invited.code()).orElseThrow().delegate();
        assertThat(again.invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(again.substituteName()).isNull();
    }

    @Test
    void aBadPhoneOrNoNameForTheSubstituteIsRefusedAtItsFieldAndNothingChanges() {
        Invited invited = invitations.invite("Phạm Minh Đức", Gender.MALE, false);

        assertThatThrownBy(() -> rsvp.respond(invited.code(),
                new RsvpAnswer(Choice.SUBSTITUTE, "Võ Văn Em", "Trưởng phòng", "12345")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("substitutePhone")
                        .containsEntry("substitutePhone", "Số điện thoại \"12345\" không hợp lệ."));
        assertThatThrownBy(() -> rsvp.respond(invited.code(),
                new RsvpAnswer(Choice.SUBSTITUTE, " ", "Trưởng phòng", "0912345678")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("substituteName"));

        Delegate unchanged = rsvp.open(invited.code()).orElseThrow().delegate();
        assertThat(unchanged.invitationStatus()).isEqualTo(InvitationStatus.NOT_SENT);
        assertThat(unchanged.substituteName()).isNull();
    }

    @Test
    void anOverLongSubstituteIsRefusedAtItsFieldsWithTheSchemasLimitAndNothingChanges() {
        Invited invited = invitations.invite("Đoàn Văn Giang", Gender.MALE, false);
        String name = "Nguyễn " + "Văn ".repeat(70) + "Hùng";

        assertThatThrownBy(() -> rsvp.respond(invited.code(),
                new RsvpAnswer(Choice.SUBSTITUTE, name, "Phó ".repeat(130), "0912345678")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("substituteName", "Họ và tên người dự thay dài quá 255 ký tự.")
                        .containsEntry("substituteTitle", "Chức vụ người dự thay dài quá 500 ký tự."));
        assertThat(rsvp.open(invited.code()).orElseThrow().delegate().substituteName()).isNull();

        String longest = "Lê " + "Thị".repeat(84); // 255 characters, with a mark in each "ị"
        rsvp.respond(invited.code(), new RsvpAnswer(Choice.SUBSTITUTE, longest, null, null));
        assertThat(rsvp.open(invited.code()).orElseThrow().delegate().substituteName()).hasSize(255);
    }

    @Test
    void aTamperedCodeOpensNothingAndCannotAnswer() {
        Invited invited = invitations.invite("Đỗ Thị Giang", Gender.FEMALE, false);
        String code = invited.code();
        char last = code.charAt(code.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(rsvp.open(tampered)).isEmpty();
        assertThatThrownBy(() -> rsvp.respond(tampered, answer(Choice.DECLINE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(RsvpService.INVALID));
        assertThat(status(invited)).isEqualTo(InvitationStatus.NOT_SENT);
    }

    @Test
    void aReissuedCodeVoidsTheOldLinkAndTheNewOneWorks() {
        Invited invited = invitations.invite("Ngô Văn Hải", Gender.MALE, false);

        invitations.reissue(invited.delegateId());
        String fresh = invitations.code(invited.delegateId());

        assertThat(fresh).isNotEqualTo(invited.code());
        assertThat(rsvp.open(invited.code())).isEmpty();
        assertThatThrownBy(() -> rsvp.respond(invited.code(), answer(Choice.CONFIRM)))
                .isInstanceOf(ValidationException.class);
        assertThat(rsvp.respond(fresh, answer(Choice.CONFIRM)).delegate().invitationStatus())
                .isEqualTo(InvitationStatus.CONFIRMED);
    }

    @Test
    void aWithdrawnDelegatesLinkOpensNothing() {
        Invited invited = invitations.invite("Bùi Thị Lan", Gender.FEMALE, false);

        invitations.withdraw(invited.delegateId());

        assertThat(rsvp.open(invited.code())).isEmpty();
    }

    @Test
    void forgedAndMalformedCodesOpenNothingAndNeverFail() {
        Invited noKeyYet = invitations.inviteWithoutCode("Mai Văn Khoa", Gender.MALE, false);
        String forged = Long.toString(noKeyYet.delegateId(), 36) + ".1.AAAAAAAAAAAAAAAA";

        for (String code : new String[] {forged, null, "", "abc", "1.1.short", "../../etc/passwd",
                "zzzzzzzzzzzz.zzzzzz.AAAAAAAAAAAAAAAA", "x".repeat(5000)}) {
            assertThat(rsvp.open(code)).as(String.valueOf(code)).isEmpty();
        }
    }

    private InvitationStatus status(Invited invited) {
        return rsvp.open(invitations.code(invited.delegateId())).orElseThrow().delegate().invitationStatus();
    }

    private static RsvpAnswer answer(Choice choice) {
        return new RsvpAnswer(choice, null, null, null);
    }
}
