package vn.hoinghi.invitation;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.RsvpAnswer;
import vn.hoinghi.delegate.RsvpAnswer.Choice;
import vn.hoinghi.invitation.InvitedDelegates.Invited;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.live.LiveTopic;

/** A delegate's answer from the invitation link reaches the attendance screens of the conference at once. */
@IntegrationTest
@WithAnonymousUser
class RsvpLiveEventsTest {

    @Autowired RsvpService rsvp;
    @Autowired InvitedDelegates invitations;
    @Autowired LiveProbe probe;

    @Test
    void anAnswerFromTheLink() throws Exception {
        Invited invited = invitations.invite("Phạm Thị Đáp", Gender.FEMALE, false);
        Invited elsewhere = invitations.invite("Võ Văn Khác", Gender.MALE, false);
        probe.expect(invited.conferenceId(), elsewhere.conferenceId(), Set.of(LiveTopic.ATTENDANCE),
                () -> rsvp.respond(invited.code(), new RsvpAnswer(Choice.DECLINE, null, null, null)));
        probe.expect(invited.conferenceId(), elsewhere.conferenceId(), Set.of(LiveTopic.ATTENDANCE),
                () -> rsvp.respond(invited.code(), new RsvpAnswer(Choice.SUBSTITUTE, "Hoàng Văn Dũng", "Phó Giám đốc",
                        "0912345678")));
    }
}
