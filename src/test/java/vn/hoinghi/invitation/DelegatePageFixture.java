package vn.hoinghi.invitation;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.SeatingService;
import vn.hoinghi.invitation.InvitedDelegates.Invited;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * A hall delegate seated at C7 of a hall of six rows, who presents the third item of a five-item programme (a
 * discussion follows it), and the conference's MC, who runs the programme through {@link AgendaLiveService}.
 */
@Component
public class DelegatePageFixture {

    public static final String THEIR_ITEM = "Tham luận: Y tế cơ sở trong phòng, chống dịch";

    @Autowired InvitedDelegates invitations;
    @Autowired SeatingService seating;
    @Autowired AgendaService agenda;
    @Autowired AgendaLiveService live;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    public record Day(Invited delegate, String mc) {
        public long conference() {
            return delegate.conferenceId();
        }
    }

    public Day day(String name) {
        Invited invited = invitations.invite(name, Gender.MALE, false);
        long conference = invited.conferenceId();
        runAs.committee("bantochuc-trang", () -> {
            seating.defineRows(conference, SeatingService.uniformRows(6, 12, 1));
            seating.move(conference, invited.delegateId(), "C", 7);
            item(conference, AgendaKind.CEREMONY, "Tuyên bố lý do, giới thiệu đại biểu", null, "Ban Tổ chức", 10);
            item(conference, AgendaKind.REPORT, "Báo cáo sơ kết công tác phòng, chống dịch", null,
                    "Phó Chủ tịch UBND tỉnh", 20);
            item(conference, AgendaKind.CONTRIBUTION, THEIR_ITEM, invited.delegateId(), null, 15);
            item(conference, AgendaKind.DISCUSSION, "Thảo luận", null, null, 30);
            item(conference, AgendaKind.CLOSING, "Kết luận hội nghị", null, "Chủ tịch UBND tỉnh", 10);
            return null;
        });
        String mc = accounts.serving("dp-mc-" + conference, AppRoles.MC, conference);
        return new Day(invited, mc);
    }

    /** The MC presses "next" (before the start it starts the first item). */
    public void next(Day day) {
        runAs.role(day.mc(), AppRoles.MC, () -> live.next(day.conference()));
    }

    private void item(long conference, AgendaKind kind, String title, Long presenterDelegateId, String presenter,
                      int minutes) {
        agenda.create(conference, new AgendaDraft(kind, title, presenterDelegateId, presenter, null, minutes, null,
                "Kịch bản của MC", "Ghi chú của Ban Tổ chức"));
    }

    public <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc-trang", work);
    }
}
