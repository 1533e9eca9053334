package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.security.RunAs;

/** What other features read of the points: their names (by id, without a login) and their counted delegates. */
@IntegrationTest
class PointServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired PointService points;
    @Autowired DelegateService delegates;
    @Autowired RunAs runAs;

    private <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    @Test
    @WithAnonymousUser
    void aPointIsNamedByIdWithoutALoginAndAnIdOfNoPointIsLeftOut() {
        long conference = committee(fixture::conferenceWithPoints);
        long remote = committee(() -> points.create(conference, new PointDraft("Điểm cầu đặc khu Hòn Thử",
                "UBND đặc khu Hòn Thử", "Hội trường đặc khu", null, null, 20, null)));
        MeetingPoint hall = committee(() -> points.hall(conference));

        assertThat(points.names(Arrays.asList(remote, hall.id(), -1L, null))).containsOnly(
                entry(remote, new PointName("Điểm cầu đặc khu Hòn Thử", false)),
                entry(hall.id(), new PointName(hall.name(), true)));
        assertThat(committee(() -> points.list(conference)).getLast().hostUnitName())
                .as("the host unit named from the units directory").isEqualTo("UBND đặc khu Hòn Thử");
    }

    @Test
    void aRenamedPointIsNamedAnewAtOnceThoughNamesAreRemembered() {
        long conference = committee(fixture::conferenceWithPoints);
        MeetingPoint point = committee(() -> points.list(conference)).getLast();
        assertThat(points.names(List.of(point.id())).get(point.id()).name()).isEqualTo(point.name());

        committee(() -> {
            points.update(point.id(), point.version(), new PointDraft("Điểm cầu đã đổi tên", point.hostUnitName(),
                    point.room(), point.technician(), point.technicianPhone(), point.expectedAttendees(),
                    point.meetingLink()));
            return null;
        });

        assertThat(points.names(List.of(point.id())).get(point.id()).name()).isEqualTo("Điểm cầu đã đổi tên");
    }

    @Test
    void eachPointCountsItsDelegatesWhoAreNotWithdrawn() {
        long conference = committee(fixture::conferenceWithDelegates);
        long empty = committee(() -> points.create(conference, new PointDraft("Điểm cầu xã Thử Nghiệm", null, null,
                null, null, 10, null)));
        PointSummary before = summaries(conference).stream().filter(s -> !s.point().hall() && s.delegates() >= 2)
                .findFirst().orElseThrow();
        List<Delegate> there = committee(() -> delegates.list(conference,
                new DelegateFilter(null, null, before.point().id(), null, null, null, false))).stream()
                .filter(d -> d.invitationStatus() != InvitationStatus.DECLINED).toList();
        committee(() -> {
            delegates.withdraw(there.get(0).id(), there.get(0).version());
            delegates.setStatus(List.of(there.get(1).id()), InvitationStatus.DECLINED);
            return null;
        });

        PointSummary after = summaries(conference).stream().filter(s -> s.point().id() == before.point().id())
                .findFirst().orElseThrow();
        assertThat(after.delegates()).isEqualTo(before.delegates() - 1);
        assertThat(after.declined()).isEqualTo(before.declined() + 1);
        assertThat(after.expected()).isEqualTo(before.expected() - 2);
        assertThat(summaries(conference)).filteredOn(s -> s.point().id() == empty).singleElement()
                .satisfies(s -> assertThat(List.of(s.delegates(), s.confirmed(), s.declined(), s.checkedIn()))
                        .containsOnly(0));
    }

    private List<PointSummary> summaries(long conference) {
        return committee(() -> points.summaries(conference));
    }
}
