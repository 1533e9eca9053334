package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.ContributionFixture;
import vn.hoinghi.submission.SpeakerDraft;
import vn.hoinghi.submission.SubmissionService;

/**
 * A point typed in by mistake is deleted while nothing refers to it; else the refusal names what refers and how many,
 * and nothing is deleted. The hall stays; only the committee deletes.
 */
@IntegrationTest
class PointDeletionTest {

    @Autowired ContributionFixture fixture;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired DelegateService delegates;
    @Autowired AgendaService agenda;
    @Autowired ScreenLinkService screens;
    @Autowired SubmissionService submissions;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void aConferenceWithItsPoints() {
        conference = fixture.conference();
    }

    private <T> T committee(Supplier<T> work) {
        return fixture.committee(work);
    }

    private MeetingPoint newPoint(String name) {
        long id = committee(() -> points.create(conference, new PointDraft(name, null, null, null, null, 0, null)));
        return point(id);
    }

    private MeetingPoint point(long id) {
        return committee(() -> points.list(conference)).stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    /** Deleting is refused with this message, and the point is still there. */
    private String refused(MeetingPoint p) {
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> committee(() -> {
                    points.delete(p.id(), point(p.id()).version());
                    return null;
                }));
        assertThat(refusal).isInstanceOf(ValidationException.class);
        assertThat(point(p.id())).as("not deleted").isNotNull();
        return refusal.getMessage();
    }

    private long delegateAt(MeetingPoint p, String name) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(name);
        d.setPointId(p.id());
        return committee(() -> delegates.create(conference, d));
    }

    @Test
    void aPointNothingRefersToIsDeleted() {
        MeetingPoint p = newPoint("Điểm cầu xã Nhập Nhầm");
        committee(() -> {
            points.delete(p.id(), p.version());
            return null;
        });
        assertThat(point(p.id())).isNull();
    }

    @Test
    void theRefusalNamesEveryKindThatRefersAndHowMany() {
        MeetingPoint p = committee(() -> points.list(conference)).stream().filter(x -> x.name().contains("Đakrông"))
                .findFirst().orElseThrow(); // a point of the sample sheet
        for (int i = 1; i <= 12; i++) {
            delegateAt(p, "Đại biểu Đakrông " + i);
        }
        committee(() -> agenda.create(conference, new AgendaDraft(AgendaKind.SPEECH, "Phát biểu từ Đakrông", null,
                null, null, 10, p.id(), null, null)));
        committee(() -> screens.create(conference, ScreenKind.POINT, p.id(), "Màn hình Đakrông"));

        assertThat(refused(p)).isEqualTo(
                "Không xóa được Điểm cầu UBND huyện Đakrông: còn 12 đại biểu, 1 mục chương trình, 1 màn hình điểm cầu.");
    }

    @Test
    void aWithdrawnDelegateStillRefers() {
        MeetingPoint p = newPoint("Điểm cầu xã Có Người Rút");
        long id = delegateAt(p, "Trần Văn Rút");
        Delegate d = committee(() -> delegates.get(id)).orElseThrow();
        committee(() -> {
            delegates.withdraw(id, d.version());
            return null;
        });
        assertThat(refused(p)).endsWith(": còn 1 đại biểu.");
    }

    @Test
    void aContributionSpokenFromThePointRefers() {
        MeetingPoint p = newPoint("Điểm cầu xã Tham Luận");
        long unit = fixture.unit("Phòng Y tế xã", null);
        String account = fixture.account(conference, unit);
        long contribution = fixture.assign(conference, unit, "Y tế cơ sở", java.time.LocalDate.now().plusDays(5));
        fixture.as(account, () -> {
            int version = submissions.detail(contribution).contribution().version();
            submissions.setSpeaker(contribution, version, new SpeakerDraft("Lê Thị Nói", "Trưởng phòng", 7, p.id()));
            return null;
        });
        assertThat(refused(p)).endsWith(": còn 1 tham luận trình bày từ điểm cầu này.");
    }

    @Test
    void aCoordinatorRefers() {
        MeetingPoint p = newPoint("Điểm cầu xã Có Điều Phối");
        String username = accounts.ensure("dieuphoi-" + p.id(), AppRoles.POINT);
        committee(() -> {
            long account = pointDay.candidates().stream().filter(c -> c.username().equals(username)).findFirst()
                    .orElseThrow().accountId();
            pointDay.assign(p.id(), account);
            return null;
        });
        assertThat(refused(p)).endsWith(": còn 1 người điều phối.");
    }

    @Test
    void theHallIsNeverDeleted() {
        MeetingPoint hall = committee(() -> points.hall(conference));
        assertThat(refused(hall)).isEqualTo("Không xóa được hội trường: hội nghị nào cũng có hội trường.");
    }

    @Test
    void aStaleVersionIsAConflict() {
        MeetingPoint p = newPoint("Điểm cầu xã Vừa Sửa");
        committee(() -> {
            points.update(p.id(), p.version(), new PointDraft(p.name(), null, "Phòng họp mới", null, null, 0, null));
            return null;
        });
        assertThatThrownBy(() -> committee(() -> {
            points.delete(p.id(), p.version());
            return null;
        })).isInstanceOf(VersionConflictException.class);
        assertThat(point(p.id())).isNotNull();
    }

    @Test
    void onlyTheCommitteeDeletes() {
        MeetingPoint p = newPoint("Điểm cầu xã Không Được Xóa");
        for (String role : new String[] {AppRoles.MC, AppRoles.POINT, AppRoles.GATE}) {
            accounts.serving("thu-" + role.toLowerCase(), role, conference); // refused for the role
            assertThatThrownBy(() -> runAs.role("thu-" + role.toLowerCase(), role, () -> {
                points.delete(p.id(), p.version());
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(point(p.id())).isNotNull();
    }
}
