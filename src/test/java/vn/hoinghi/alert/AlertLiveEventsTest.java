package vn.hoinghi.alert;

import static vn.hoinghi.live.LiveTopic.ALERTS;
import static vn.hoinghi.live.LiveTopic.POINTS;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/**
 * An alert raised, cleared, acknowledged or reset, and a change of who is on duty, reach the banners and the alerts
 * page of their conference and no other's.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class AlertLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired PointService points;
    @Autowired PointDayService pointDay;
    @Autowired AlertService alerts;
    @Autowired DutyService duties;
    @Autowired ApplicationEventPublisher events;

    long conference;
    long other;
    MeetingPoint remote;

    @BeforeEach
    void twoConferences() {
        conference = fixture.conferenceWithPoints();
        other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
        remote = points.list(conference).stream().filter(p -> !p.hall()).findFirst().orElseThrow();
    }

    @Test
    void anAlertRaisedAcknowledgedClearedAndReset() throws Exception {
        probe.expect(conference, other, Set.of(POINTS, ALERTS), () -> pointDay.setStatus(remote.id(), ConnectionStatus.LOST));
        long id = alerts.history(conference).getFirst().id();
        probe.expect(conference, other, Set.of(ALERTS), () -> alerts.acknowledge(conference, id, "Kỹ thuật trực"));
        probe.expect(conference, other, Set.of(ALERTS), () -> pointDay.setStatus(remote.id(), ConnectionStatus.LIVE_OK));
        pointDay.setStatus(remote.id(), ConnectionStatus.PROBLEM);
        probe.expect(conference, other, Set.of(ALERTS),
                () -> events.publishEvent(new DayReset(conference, Instant.now(), "bantochuc-live")));
    }

    @Test
    void whoIsOnDuty() throws Exception {
        probe.expect(conference, other, Set.of(ALERTS), () -> duties.save(conference, ClusterDuty.DEFAULT,
                new DutyDraft("Lê Thị Chung", null, "chung@quangtri.gov.vn")));
        probe.expect(conference, other, Set.of(ALERTS), () -> duties.remove(conference, ClusterDuty.DEFAULT));
    }
}
