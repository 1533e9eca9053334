package vn.hoinghi.point;

import static vn.hoinghi.live.LiveTopic.AGENDA;
import static vn.hoinghi.live.LiveTopic.ATTENDANCE;
import static vn.hoinghi.live.LiveTopic.POINTS;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/**
 * A point added, edited, imported, deleted or reported on reaches the screens that list the points (status wall,
 * technicians, attendance board, desks); a point's edit also those that show its name (agenda, introductions).
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class PointLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired PointService points;
    @Autowired PointImportService importer;
    @Autowired PointDayService pointDay;

    long conference;
    long other;

    @BeforeEach
    void twoConferences() {
        conference = fixture.conferenceWithPoints();
        other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
    }

    private MeetingPoint remote() {
        return points.list(conference).stream().filter(p -> !p.hall()).findFirst().orElseThrow();
    }

    private static PointDraft draft(String name) {
        return new PointDraft(name, null, "Phòng họp", null, null, 10, null);
    }

    @Test
    void anAddedAndADeletedPoint() throws Exception {
        long[] id = new long[1];
        probe.expect(conference, other, Set.of(POINTS), () -> id[0] = points.create(conference, draft("Điểm cầu xã Mới")));
        MeetingPoint added = points.list(conference).stream().filter(p -> p.id() == id[0]).findFirst().orElseThrow();
        probe.expect(conference, other, Set.of(POINTS), () -> points.delete(added.id(), added.version()));
    }

    @Test
    void anEditedPointAlsoTellsTheScreensThatShowItsName() throws Exception {
        MeetingPoint p = remote();
        probe.expect(conference, other, Set.of(POINTS, AGENDA, ATTENDANCE), () -> points.update(p.id(), p.version(),
                new PointDraft(p.name() + " (cũ)", p.hostUnitName(), p.room(), p.technician(), p.technicianPhone(),
                        p.expectedAttendees(), p.meetingLink())));
    }

    @Test
    void anImportedSheet() throws Exception {
        byte[] sheet = "Tên điểm cầu,Địa điểm\nĐiểm cầu xã Hải Phú,Hội trường xã\n".getBytes(StandardCharsets.UTF_8);
        var rows = importer.preview(conference, "diem-cau-them.csv", sheet);
        probe.expect(conference, other, Set.of(POINTS), () -> importer.commit(conference, rows));
    }

    @Test
    void aStatusAndAHeadcountReportedAtTheDesk() throws Exception {
        MeetingPoint p = remote();
        probe.expect(conference, other, Set.of(POINTS), () -> pointDay.setStatus(p.id(), ConnectionStatus.LIVE_OK));
        probe.expect(conference, other, Set.of(POINTS), () -> pointDay.setHeadcount(p.id(), 7));
    }
}
