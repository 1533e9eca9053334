package vn.hoinghi.agenda;

import static vn.hoinghi.live.LiveTopic.AGENDA;

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
 * Every change of the programme (import, template, an item added, edited, moved or deleted, the MC's next step)
 * reaches the agenda's screens of its conference (MC, hall, points, technicians, agenda page) and no other.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class AgendaLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired ConferenceService conferences;
    @Autowired ImportFixture fixture;
    @Autowired AgendaService agendas;
    @Autowired AgendaImportService importer;
    @Autowired AgendaLiveService live;

    long conference;
    long other;

    @BeforeEach
    void twoConferences() {
        conference = fixture.conferenceWithPoints(); // the sample programme names the Quảng Trị points
        other = conferences.create(TestData.conference(TestData.unique("Hội nghị khác")));
    }

    private AgendaItem first() {
        return agendas.agenda(conference).items().getFirst();
    }

    @Test
    void anImportedProgramme() throws Exception {
        AgendaImportPreview preview = importer.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv"));
        probe.expect(conference, other, Set.of(AGENDA), () -> importer.commit(preview, true));
    }

    @Test
    void theTemplate() throws Exception {
        probe.expect(conference, other, Set.of(AGENDA),
                () -> agendas.addTemplate(conference, agendas.agenda(conference).version(), false));
    }

    @Test
    void anItemAddedEditedMovedAndDeleted() throws Exception {
        agendas.addTemplate(conference, agendas.agenda(conference).version(), false);
        probe.expect(conference, other, Set.of(AGENDA), () -> agendas.create(conference, new AgendaDraft(AgendaKind.SPEECH,
                "Phát biểu thêm", null, "Chủ tịch UBND tỉnh", null, 5, null, null, null)));
        AgendaItem item = first();
        probe.expect(conference, other, Set.of(AGENDA), () -> agendas.update(item.id(), item.version(), new AgendaDraft(
                item.kind(), item.title() + " (sửa)", null, item.presenter(), item.unitName(), item.plannedMinutes() + 5,
                null, null, null)));
        probe.expect(conference, other, Set.of(AGENDA),
                () -> agendas.move(conference, agendas.agenda(conference).version(), item.id(), 1));
        AgendaItem moved = agendas.agenda(conference).items().get(1);
        probe.expect(conference, other, Set.of(AGENDA), () -> agendas.delete(moved.id(), moved.version()));
    }

    @Test
    void theMcsNextStep() throws Exception {
        agendas.addTemplate(conference, agendas.agenda(conference).version(), false);
        probe.expect(conference, other, Set.of(AGENDA), () -> live.next(conference));
    }
}
