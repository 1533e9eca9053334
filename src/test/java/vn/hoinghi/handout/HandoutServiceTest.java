package vn.hoinghi.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.handout.HandoutFixture.Conference;
import vn.hoinghi.submission.SampleFiles;

/** The committee's side: files checked by content, audiences only of the conference's own groups, drafts unseen. */
@IntegrationTest
@WithAnonymousUser
class HandoutServiceTest {

    @Autowired HandoutFixture fixture;
    @Autowired HandoutService handouts;

    @Test
    void aTextFileNamedPdfIsRefusedNamingTheFileAndNothingIsKept() {
        Conference c = fixture.conference();
        assertThatThrownBy(() -> fixture.committee(() -> handouts.upload(c.id(), "Giấy mời", "giay-moi.pdf",
                "không phải PDF".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("giay-moi.pdf"));
        assertThat(fixture.committee(() -> handouts.list(c.id()))).isEmpty();
    }

    @Test
    void aDraftIsNotSeenUntilPublishedAndADocxKeepsItsTypeAndSize() {
        Conference c = fixture.conference();
        byte[] docx = SampleFiles.docx("Báo cáo");
        long id = fixture.committee(() -> handouts.upload(c.id(), " ", "Báo cáo tổng hợp.docx", docx));
        String code = fixture.code(c.an());
        assertThat(handouts.forDelegate(code)).isEmpty();

        fixture.committee(() -> {
            handouts.publish(c.id(), id);
            return null;
        });

        DelegateHandout seen = handouts.forDelegate(code).getFirst();
        assertThat(seen.title()).isEqualTo("Báo cáo tổng hợp");
        assertThat(seen.fileName()).isEqualTo("Báo cáo tổng hợp.docx");
        assertThat(seen.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(seen.sizeBytes()).isEqualTo(docx.length);
        assertThat(seen.url()).startsWith(HandoutLinks.PREFIX);
        assertThat(handouts.forDelegate("not-a-code")).isEmpty();
    }

    @Test
    void anAudienceTakesOnlyThisConferencesGroupsAndAtLeastOne() {
        Conference c = fixture.conference();
        Conference other = fixture.conference();
        long id = fixture.committee(() -> handouts.upload(c.id(), "Tài liệu", "a.pdf", SampleFiles.pdf("A", 1)));

        assertThatThrownBy(() -> fixture.committee(() -> {
            handouts.setAudience(c.id(), id, HandoutAudience.GROUPS, Set.of(other.groupY()));
            return null;
        })).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fixture.committee(() -> {
            handouts.setAudience(c.id(), id, HandoutAudience.GROUPS, Set.of());
            return null;
        })).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fixture.committee(() -> {
            handouts.publish(other.id(), id);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTitleIsRenamedAndABlankOneIsRefusedAtItsField() {
        Conference c = fixture.conference();
        long id = fixture.committee(() -> handouts.upload(c.id(), "Tài liệu", "a.pdf", SampleFiles.pdf("A", 1)));

        fixture.committee(() -> {
            handouts.rename(c.id(), id, "  Tài liệu   phát tại hội trường ");
            return null;
        });
        assertThat(fixture.committee(() -> handouts.list(c.id())).getFirst().title()).isEqualTo("Tài liệu phát tại hội trường");
        assertThatThrownBy(() -> fixture.committee(() -> {
            handouts.rename(c.id(), id, "   ");
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("title"));
    }

    @Test
    void onlyTheCommitteeManagesDocuments() {
        Conference c = fixture.conference();
        assertThatThrownBy(() -> handouts.list(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handouts.upload(c.id(), "x", "a.pdf", SampleFiles.pdf("A", 1)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
