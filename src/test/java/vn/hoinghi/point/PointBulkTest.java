package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.RunAs;

/**
 * The chosen points changed at once: a cluster set, withdrawn and brought back, the unused deleted and the others
 * kept with why. One call each, audited, the screens told once; another conference's point refused, nothing changed.
 * A withdrawn point leaves the status wall and the desks, and takes no new delegate.
 */
@IntegrationTest
@RecordApplicationEvents
class PointBulkTest {

    @Autowired PointService points;
    @Autowired PointBulkService bulk;
    @Autowired PointDayService pointDay;
    @Autowired DelegateService delegates;
    @Autowired DelegateImportService importer;
    @Autowired ConferenceService conferences;
    @Autowired AuditLog audit;
    @Autowired RunAs runAs;
    @Autowired ApplicationEvents events;

    long conference;
    long hall;
    long a;
    long b;
    long withDelegate;
    long elsewhere;

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc-bulk", work);
    }

    private long conference(String title) {
        return committee(() -> conferences.create(TestData.conference(TestData.unique(title))));
    }

    private long point(long conferenceId, String name) {
        return committee(() -> points.create(conferenceId, new PointDraft(name, null, null, null, null, 10, null)));
    }

    private MeetingPoint get(long id) {
        return committee(() -> points.list(conference)).stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private long delegateAt(long pointId, String name) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(name);
        d.setPointId(pointId);
        return committee(() -> delegates.create(conference, d));
    }

    @BeforeEach
    void twoConferences() {
        conference = conference("Hội nghị xếp cụm");
        a = point(conference, "Điểm cầu xã Cam Lộ");
        b = point(conference, "Điểm cầu xã Hiếu Giang");
        withDelegate = point(conference, "Điểm cầu phường Đông Hà");
        hall = committee(() -> points.hall(conference)).id();
        delegateAt(withDelegate, "Lê Văn Đông");
        elsewhere = point(conference("Hội nghị khác"), "Điểm cầu xã Khác");
        events.clear();
    }

    private long pointsEvents() {
        return events.stream(ConferenceChanged.class)
                .filter(e -> e.conferenceId() == conference && e.topic() == LiveTopic.POINTS).count();
    }

    @Test
    void aClusterSetOnTheChosenPointsInOneCallAuditedAndAnnouncedOnce() {
        int before = get(a).version();
        BulkResult result = committee(() -> bulk.setCluster(conference, List.of(a, b), " Cụm  Cam Lộ "));

        assertThat(result).isEqualTo(new BulkResult(2, List.of()));
        assertThat(get(a).cluster()).isEqualTo("Cụm Cam Lộ");
        assertThat(get(b).cluster()).isEqualTo("Cụm Cam Lộ");
        assertThat(get(withDelegate).cluster()).isNull();
        assertThat(get(a).version()).as("an open edit form of the point now conflicts").isEqualTo(before + 1);
        assertThat(pointsEvents()).isEqualTo(1);
        assertThat(committee(() -> audit.forSubject("meeting_point", a))).extracting(AuditLog.AuditEntry::action)
                .contains("point.cluster");

        committee(() -> bulk.setCluster(conference, List.of(a), ""));
        assertThat(get(a).cluster()).as("a blank cluster takes the point out").isNull();
    }

    @Test
    void withdrawnPointsLeaveTheWallAndTheDesksAndComeBack() {
        BulkResult result = committee(() -> bulk.withdraw(conference, List.of(a, b, hall)));

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.kept()).singleElement().asString().endsWith("hội trường luôn tham dự, không rút được");
        assertThat(get(a).withdrawn()).isTrue();
        assertThat(get(hall).withdrawn()).isFalse();
        assertThat(pointsEvents()).isEqualTo(1);
        assertThat(committee(() -> pointDay.wall(conference))).extracting(s -> s.point().id())
                .containsExactlyInAnyOrder(hall, withDelegate);
        assertThat(committee(() -> pointDay.desks(conference))).extracting(MeetingPoint::id)
                .containsExactly(hall, withDelegate);

        assertThat(committee(() -> bulk.restore(conference, List.of(a, b, withDelegate))).changed()).isEqualTo(2);
        assertThat(committee(() -> pointDay.wall(conference))).hasSize(4);
    }

    @Test
    void aWithdrawnPointTakesNoNewDelegateButOneAlreadyThereIsStillEdited() {
        long there = delegateAt(a, "Nguyễn Thị Cam");
        committee(() -> bulk.withdraw(conference, List.of(a)));

        assertThatThrownBy(() -> delegateAt(a, "Trần Văn Mới")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Điểm cầu xã Cam Lộ").hasMessageContaining("đã rút");
        var d = committee(() -> delegates.get(there)).orElseThrow();
        DelegateDraft edit = new DelegateDraft();
        edit.setFullName("Nguyễn Thị Cam Ly");
        edit.setPointId(a);
        committee(() -> {
            delegates.update(there, d.version(), edit);
            return null;
        });
        assertThat(committee(() -> delegates.get(there)).orElseThrow().fullName()).isEqualTo("Nguyễn Thị Cam Ly");
    }

    @Test
    void anImportedRowPuttingANewDelegateAtAWithdrawnPointIsRefusedNamingIt() {
        committee(() -> bulk.withdraw(conference, List.of(a)));
        byte[] sheet = "Họ và tên,Điểm cầu\nTrần Văn Mới,Điểm cầu xã Cam Lộ\nLê Thị Hiếu,Điểm cầu xã Hiếu Giang\n"
                .getBytes(StandardCharsets.UTF_8);
        var rows = committee(() -> importer.preview(conference, "dai-bieu.csv", sheet, done -> { })).rows();

        assertThat(rows.getFirst().action()).isEqualTo(ImportAction.ERROR);
        assertThat(rows.getFirst().problems()).singleElement().extracting(RowProblem::message).asString()
                .startsWith("Điểm cầu xã Cam Lộ đã rút khỏi hội nghị");
        assertThat(rows.get(1).action()).isEqualTo(ImportAction.ADD);
    }

    @Test
    void theUnusedAreDeletedAndTheOthersKeptWithWhy() {
        BulkResult result = committee(() -> bulk.deleteUnused(conference, List.of(a, b, withDelegate, hall)));

        assertThat(result.changed()).isEqualTo(2);
        assertThat(result.kept()).containsExactlyInAnyOrder(
                "Điểm cầu phường Đông Hà: 1 đại biểu",
                get(hall).name() + ": hội nghị nào cũng có hội trường, không xóa được");
        assertThat(get(a)).isNull();
        assertThat(get(b)).isNull();
        assertThat(get(withDelegate)).isNotNull();
        assertThat(pointsEvents()).isEqualTo(1);
        assertThat(committee(() -> audit.forSubject("meeting_point", a))).extracting(AuditLog.AuditEntry::action)
                .contains("point.delete");
    }

    @Test
    void aPointOfAnotherConferenceIsRefusedAndNothingChanges() {
        for (Runnable action : List.<Runnable>of(
                () -> bulk.setCluster(conference, List.of(a, elsewhere), "Cụm 1"),
                () -> bulk.withdraw(conference, List.of(a, elsewhere)),
                () -> bulk.deleteUnused(conference, List.of(a, elsewhere)))) {
            assertThatThrownBy(() -> committee(() -> {
                action.run();
                return null;
            })).isInstanceOf(ValidationException.class).hasMessageContaining("không thuộc hội nghị này");
        }
        assertThat(get(a)).isNotNull().extracting(MeetingPoint::cluster, MeetingPoint::withdrawn)
                .containsExactly(null, false);
        assertThat(pointsEvents()).isZero();
    }

    @Test
    void onlyTheCommitteeActsInBulk() {
        assertThatThrownBy(() -> runAs.role("mc-bulk", AppRoles.MC, () -> bulk.withdraw(conference, List.of(a))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(get(a).withdrawn()).isFalse();
    }
}
