package vn.hoinghi.delegate;

import static vn.hoinghi.live.LiveTopic.AGENDA;
import static vn.hoinghi.live.LiveTopic.ATTENDANCE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/**
 * Every change of the delegate list reaches the attendance screens of its conference (who is expected, their groups,
 * points, answers, substitutes), a change of names the agenda's screens too (an item's presenter), and no screen of
 * another conference.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class DelegateLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired DelegateService delegates;
    @Autowired DelegateImportService importer;
    @Autowired GroupService groups;

    long conference;
    long other;

    @BeforeEach
    void twoConferences() {
        conference = fixture.conferenceWithDelegates();
        other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
    }

    private Delegate first() {
        return delegates.list(conference, DelegateFilter.all()).getFirst();
    }

    /** The attendance board's "expected" used to stay stale after an import. */
    @Test
    void anImportTellsTheAttendanceAndAgendaScreens() throws Exception {
        long fresh = fixture.conferenceWithPoints();
        ImportPreview preview = fixture.preview(fresh, "dai-bieu.xlsx");
        probe.expect(fresh, other, Set.of(ATTENDANCE, AGENDA), () -> importer.commit(preview));
    }

    @Test
    void anAddedDelegate() throws Exception {
        DelegateDraft d = new DelegateDraft();
        d.setFullName("Nguyễn Thị Mới");
        probe.expect(conference, other, Set.of(ATTENDANCE), () -> delegates.create(conference, d));
    }

    @Test
    void anEditedDelegateAlsoTellsTheAgendaScreens() throws Exception {
        Delegate d = first();
        DelegateDraft draft = DelegateDraft.of(d);
        draft.setTitle("Phó Bí thư Tỉnh ủy");
        probe.expect(conference, other, Set.of(ATTENDANCE, AGENDA), () -> delegates.update(d.id(), d.version(), draft));
    }

    @Test
    void aWithdrawnAndARestoredDelegate() throws Exception {
        Delegate d = first();
        probe.expect(conference, other, Set.of(ATTENDANCE), () -> delegates.withdraw(d.id(), d.version()));
        Delegate withdrawn = delegates.get(d.id()).orElseThrow();
        probe.expect(conference, other, Set.of(ATTENDANCE), () -> delegates.restore(d.id(), withdrawn.version()));
    }

    @Test
    void aSubstitute() throws Exception {
        Delegate d = first();
        probe.expect(conference, other, Set.of(ATTENDANCE),
                () -> delegates.setSubstitute(d.id(), d.version(), "Lê Văn Thay", "Chánh Văn phòng", "0912345678"));
    }

    @Test
    void anAnswerTakenByPhone() throws Exception {
        probe.expect(conference, other, Set.of(ATTENDANCE),
                () -> delegates.setStatus(List.of(first().id()), InvitationStatus.DECLINED));
    }

    @Test
    void invitationsMarkedSent() throws Exception {
        probe.expect(conference, other, Set.of(ATTENDANCE), () -> delegates.markSent(List.of(first().id())));
    }

    @Test
    void aRenamedAndAMovedGroup() throws Exception {
        List<CompositionGroup> list = groups.list(conference);
        CompositionGroup group = list.getLast();
        probe.expect(conference, other, Set.of(ATTENDANCE),
                () -> groups.rename(conference, group.id(), group.name() + " (mới)"));
        probe.expect(conference, other, Set.of(ATTENDANCE), () -> groups.move(conference, group.id(), -1));
    }
}
