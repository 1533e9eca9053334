package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "thuky", roles = AppRoles.STAFF)
class DelegateServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired DelegateService delegates;
    @Autowired PointService points;

    private DelegateDraft draft(String name) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(name);
        d.setGender(Gender.FEMALE);
        d.setTitle("Giám đốc");
        d.setUnitName("Sở Văn hóa, Thể thao và Du lịch");
        d.setGroupName("Sở, ban, ngành");
        d.setPhone("+84 905 111 222");
        return d;
    }

    @Test
    void aDelegateIsFoundWithoutDiacriticsAndInHerGroup() {
        long conference = fixture.conferenceWithPoints();
        long id = delegates.create(conference, draft("Nguyễn Thị Ánh Tuyết"));

        Delegate d = delegates.get(id).orElseThrow();
        assertThat(d.honorific()).isEqualTo("Bà");
        assertThat(d.phone()).isEqualTo("0905111222");
        assertThat(d.atHall()).as("the hall when no point is chosen").isTrue();
        assertThat(delegates.list(conference, search("nguyen thi anh tuyet"))).extracting(Delegate::id).containsExactly(id);
        assertThat(delegates.list(conference, search("van hoa giam doc"))).extracting(Delegate::id).containsExactly(id);
        long group = delegates.groups(conference).getFirst().id();
        assertThat(delegates.count(conference, new DelegateFilter(null, group, null, null, null, null, false))).isEqualTo(1);
        assertThat(delegates.count(conference, new DelegateFilter(null, null, null, d.unitId(), null, null, false))).isEqualTo(1);
        assertThat(delegates.count(conference, new DelegateFilter(null, null, null, null, null, true, false)))
                .as("nobody has checked in yet").isZero();
    }

    @Test
    void badFieldsAreRefusedAtTheirFieldAndNothingIsSaved() {
        long conference = fixture.conferenceWithPoints();
        DelegateDraft bad = draft("  ");
        bad.setPhone("12345");
        bad.setEmail("a@@b");
        bad.setProtocolRank(0);

        assertThatThrownBy(() -> delegates.create(conference, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("fullName", "phone", "email", "protocolRank"));
        assertThat(delegates.count(conference, DelegateFilter.all())).isZero();
    }

    @Test
    void onAnEnglishPageTheRefusalsReadEnglishWhileTheHonorificStaysVietnamese() {
        long conference = fixture.conferenceWithPoints();
        DelegateDraft bad = draft("  ");
        bad.setPhone("12345");
        long id = delegates.create(conference, draft("Trần Thị Hoa"));

        inEnglish(() -> {
            assertThatThrownBy(() -> delegates.create(conference, bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.fieldErrors())
                            .containsEntry("fullName", "The full name is missing.")
                            .containsEntry("phone", "The phone number \"12345\" is not valid (10 digits, starting with 0 or +84)."));
            assertThat(delegates.get(id).orElseThrow().honorific()).as("as letters and the MC say it").isEqualTo("Bà");
        });
        assertThatThrownBy(() -> delegates.create(conference, bad)).as("where no page asks")
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("fullName", "Thiếu họ và tên."));
    }

    /** Runs the check as a page whose user chose English would. */
    private static void inEnglish(Runnable check) {
        try (var _ = OnPage.english()) {
            check.run();
        }
    }

    @Test
    void aWithdrawnDelegateLeavesTheListButStaysOnRecordAndCanBeRestored() {
        long conference = fixture.conferenceWithPoints();
        long id = delegates.create(conference, draft("Lê Văn Tám"));
        delegates.withdraw(id, delegates.get(id).orElseThrow().version());

        assertThat(delegates.count(conference, DelegateFilter.all())).isZero();
        Delegate withdrawn = delegates.list(conference, new DelegateFilter(null, null, null, null, null, null, true)).getFirst();
        assertThat(withdrawn.withdrawnAt()).isNotNull();

        delegates.restore(id, withdrawn.version());
        assertThat(delegates.count(conference, DelegateFilter.all())).isEqualTo(1);
    }

    @Test
    void aSubstituteIsWhoComesWhileTheInvitationStaysTheLeaders() {
        long conference = fixture.conferenceWithPoints();
        long id = delegates.create(conference, draft("Hồ Sĩ Minh"));
        delegates.setSubstitute(id, delegates.get(id).orElseThrow().version(), "TRẦN VĂN PHÓ", "Phó Giám đốc", "0912 000 111");

        Delegate d = delegates.get(id).orElseThrow();
        assertThat(d.fullName()).isEqualTo("Hồ Sĩ Minh");
        assertThat(d.attendeeName()).isEqualTo("Trần Văn Phó");
        assertThat(d.substitutePhone()).isEqualTo("0912000111");
        assertThat(d.invitationStatus()).isEqualTo(InvitationStatus.SUBSTITUTE);
        assertThat(delegates.count(conference, new DelegateFilter(null, null, null, null, InvitationStatus.SUBSTITUTE, null, false))).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingTheSameDelegateDoNotOverwriteEachOther() {
        long conference = fixture.conferenceWithPoints();
        long id = delegates.create(conference, draft("Phan Thị Hoa"));
        int version = delegates.get(id).orElseThrow().version();
        delegates.update(id, version, draft("Phan Thị Hoa"));

        assertThatThrownBy(() -> delegates.update(id, version, draft("Phan Thị Huệ")))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void otherFeaturesNameDelegatesByIdWithdrawnOnesTooButListOnlyThoseStillInvited() {
        long conference = fixture.conferenceWithPoints();
        long stays = delegates.create(conference, draft("Lê Thị Hồng"));
        DelegateDraft other = draft("Trương Văn Khải");
        other.setPhone("0905999888");
        long leaves = delegates.create(conference, other);
        delegates.withdraw(leaves, delegates.get(leaves).orElseThrow().version());

        assertThat(delegates.names(List.of(stays, leaves, -1L))).containsOnlyKeys(stays, leaves)
                .containsEntry(stays, new DelegateName(stays, conference, "Lê Thị Hồng", "Giám đốc", null));
        assertThat(delegates.namesIn(conference)).extracting(DelegateName::id).containsExactly(stays);
    }

    @Test
    @WithMockUser(roles = AppRoles.GATE)
    void gateStaffCannotReadOrChangeTheList() {
        assertThatThrownBy(() -> delegates.list(1, DelegateFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegates.create(1, draft("Ai đó"))).isInstanceOf(AccessDeniedException.class);
    }

    private static DelegateFilter search(String text) {
        return new DelegateFilter(text, null, null, null, null, null, false);
    }
}
