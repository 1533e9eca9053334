package vn.hoinghi.submission;

import static vn.hoinghi.live.LiveTopic.AGENDA;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.live.LiveProbe;

/**
 * A contribution accepted as spoken enters the programme, and the agenda's screens hear of it; so when its speaker
 * changes, and when it becomes printed only and leaves the programme.
 */
@IntegrationTest
class ContributionLiveEventsTest {

    @Autowired ContributionFixture fixture;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired LiveProbe probe;

    @Test
    void spokenThenANewSpeakerThenPrintedOnly() throws Exception {
        long conference = fixture.conference();
        long other = fixture.conference();
        long unit = fixture.unit("Sở Giáo dục trình bày", null);
        String account = fixture.account(conference, unit);
        long id = fixture.assign(conference, unit, "Dạy học trực tuyến mùa dịch", assignments.today().plusDays(3));
        fixture.as(account, () -> submissions.upload(id, "v1.pdf", SampleFiles.pdf("Bản 1", 2), null));
        fixture.committee(() -> {
            reviews.decide(id, version(id), ReviewDecision.ACCEPT, null);
            return null;
        });
        speaker(account, id, "Trần Văn Bình");

        probe.expect(conference, other, Set.of(AGENDA), () -> fixture.committee(() -> {
            reviews.deliver(id, version(id), Delivery.SPOKEN);
            return null;
        }));
        probe.expect(conference, other, Set.of(AGENDA), () -> speaker(account, id, "Lê Thị Thay"));
        probe.expect(conference, other, Set.of(AGENDA), () -> fixture.committee(() -> {
            reviews.deliver(id, version(id), Delivery.PRINTED);
            return null;
        }));
    }

    private int version(long id) {
        return fixture.committee(() -> submissions.detail(id)).contribution().version();
    }

    private void speaker(String account, long id, String name) {
        fixture.as(account, () -> {
            submissions.setSpeaker(id, version(id), new SpeakerDraft(name, "Phó Giám đốc", 8, null));
            return null;
        });
    }
}
