package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** The conference's own edit reaches the agenda's screens, which show its title before the start. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class ConferenceLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ConferenceService conferences;
    @Autowired AgendaLiveService live;

    @Test
    void aNewTitleReachesTheHallScreen() throws Exception {
        long conference = conferences.create(TestData.conference(TestData.unique("Hội nghị tên cũ")));
        long other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
        Conference opened = conferences.get(conference).orElseThrow();
        ConferenceDraft renamed = ConferenceDraft.of(opened);
        renamed.setTitle(TestData.unique("Hội nghị tên mới"));

        probe.expect(conference, other, Set.of(LiveTopic.AGENDA), () -> conferences.update(conference, opened.version(), renamed));

        assertThat(live.live(conference).conferenceTitle()).as("what the screens read on their refresh")
                .isEqualTo(renamed.getTitle());
    }
}
