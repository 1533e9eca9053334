package vn.hoinghi.demo;

import java.time.Instant;
import java.time.LocalTime;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyDraft;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.rehearsal.RehearsalService;

/**
 * The 2025 demo's preparation of the day: the rehearsal the afternoon before, and the technicians on duty at the
 * province (a default row and two clusters; names, phones and addresses invented).
 */
@StaysVietnamese("the demo's invented people, as a committee would type them")
final class CommuneDemoDuty {

    private static final LocalTime REHEARSAL = LocalTime.of(14, 0);

    private CommuneDemoDuty() {
    }

    static void prepare(Conference conference, RehearsalService rehearsal, DutyService duty) {
        Instant rehearsalAt = Times.fromLocal(Times.local(conference.startsAt()).toLocalDate().minusDays(1)
                .atTime(REHEARSAL));
        rehearsal.setTime(conference.id(), rehearsalAt);
        duty.save(conference.id(), ClusterDuty.DEFAULT,
                new DutyDraft("Tổ kỹ thuật Trung tâm tỉnh (trực chung)", "0233 3852 000", "kythuat.tinh@example.vn"));
        duty.save(conference.id(), "Thành phố Đông Hà",
                new DutyDraft("Lê Minh Khoa (ví dụ)", "0912 000 101", "khoa.kythuat@example.vn"));
        duty.save(conference.id(), "Thành phố Đồng Hới",
                new DutyDraft("Trần Quốc Huy (ví dụ)", "0912 000 102", "huy.kythuat@example.vn"));
    }
}
