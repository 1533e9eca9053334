package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "bantochuc", roles = AppRoles.STAFF)
class ConferenceServiceTest {

    @Autowired ConferenceService service;

    @Test
    void aConferenceKeepsItsPlanFactsAndStartsAtTheLocalTimeTyped() {
        String title = TestData.unique("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026");
        long id = service.create(TestData.conference(title));

        Conference saved = service.get(id).orElseThrow();
        assertThat(saved.title()).isEqualTo(title);
        assertThat(saved.organizer()).isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang");
        assertThat(Times.local(saved.startsAt())).isEqualTo(TestData.STARTS);
        assertThat(saved.startsAt().toString()).isEqualTo(TestData.STARTS.getYear() + "-12-15T00:30:00Z");
    }

    @Test
    void aPointMayStaySilentFromOneMinuteToFourHoursFifteenUnlessSet() {
        long id = service.create(TestData.conference(TestData.unique("Hội nghị trực tuyến")));
        Conference saved = service.get(id).orElseThrow();
        assertThat(saved.pointSilenceMinutes()).isEqualTo(15);

        ConferenceDraft draft = ConferenceDraft.of(saved);
        for (Integer bad : new Integer[] {0, 241, null}) {
            draft.setPointSilenceMinutes(bad);
            assertThatThrownBy(() -> service.update(id, saved.version(), draft))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("pointSilenceMinutes", "Số phút im lặng phải từ 1 đến 240."));
        }
        draft.setPointSilenceMinutes(240);
        service.update(id, saved.version(), draft);
        assertThat(service.get(id).orElseThrow().pointSilenceMinutes()).isEqualTo(240);
    }

    @Test
    void missingTitleAndEndBeforeStartAreRefusedAndNothingIsSaved() {
        int before = service.list().size();
        ConferenceDraft bad = TestData.conference("  ");
        bad.setEndsAt(bad.getStartsAt().minusHours(1));

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.fieldErrors()).containsEntry("title", "Hãy nhập tên hội nghị.");
            assertThat(e.fieldErrors()).containsEntry("endsAt", "Giờ kết thúc phải sau giờ bắt đầu.");
        });
        assertThat(service.list()).hasSize(before);
    }

    @Test
    void onAnEnglishPageTheRefusalsReadInEnglish() {
        ConferenceDraft bad = TestData.conference("  ");
        bad.setEndsAt(bad.getStartsAt().minusHours(1));
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.fieldErrors()).containsEntry("title", "Enter the conference’s title.");
                assertThat(e.fieldErrors()).containsEntry("endsAt", "The end must be after the start.");
            });
        }
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditStays() {
        long id = service.create(TestData.conference(TestData.unique("Hội nghị sơ kết 6 tháng")));
        Conference opened = service.get(id).orElseThrow();

        ConferenceDraft first = ConferenceDraft.of(opened);
        first.setVenue("Trung tâm Hội nghị tỉnh");
        service.update(id, opened.version(), first);
        ConferenceDraft second = ConferenceDraft.of(opened);
        second.setVenue("Hội trường UBND huyện");

        assertThatThrownBy(() -> service.update(id, opened.version(), second)).isInstanceOf(VersionConflictException.class);
        assertThat(service.get(id).orElseThrow().venue()).isEqualTo("Trung tâm Hội nghị tỉnh");
    }

    @Test
    void theStartPageTakesTheUserToTheConferenceTheyOpenedLast() {
        long a = service.create(TestData.conference(TestData.unique("Hội nghị A")));
        long b = service.create(TestData.conference(TestData.unique("Hội nghị B")));
        assertThat(service.open(a).orElseThrow().id()).isEqualTo(a);
        assertThat(service.lastOpened().orElseThrow().id()).isEqualTo(a);
        assertThat(service.open(b).orElseThrow().id()).isEqualTo(b);
        assertThat(service.lastOpened().orElseThrow().id()).isEqualTo(b);
        assertThat(service.open(Long.MAX_VALUE)).isEmpty();
        assertThat(service.lastOpened().orElseThrow().id()).isEqualTo(b);
    }

    @Test
    @WithMockUser(roles = AppRoles.GATE)
    void aGateAccountCannotCreateAConference() {
        assertThatThrownBy(() -> service.create(TestData.conference("Hội nghị trái phép")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
