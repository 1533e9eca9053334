package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;

@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService service;
    @Autowired PasswordEncoder encoder;
    @Autowired AccountUserDetailsService userDetails;
    @Autowired vn.hoinghi.unit.UnitService units;
    @Autowired RunAs runAs;
    @Autowired vn.hoinghi.conference.ConferenceService conferences;

    @Test
    @WithMockUser(roles = AppRoles.GATE)
    void aGateAccountCannotListOrCreateAccounts() {
        assertThatThrownBy(() -> service.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(new AccountDraft("hacker", "X", AppRoles.ADMIN, null, true, "mat-khau-dai-1")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theCommitteeNamesAccountsByDisplayNameButDoesNotManageThem() {
        long vy = coordinator("vy-diemcau", "Vy Thị Diệu", true);
        long an = coordinator("an-diemcau", "An Văn Bình", true);
        long off = coordinator("khoa-diemcau", "Khóa Văn Khóa", false);

        assertThat(runAs.committee("thuky", () -> service.byIds(List.of(vy, -1L, an)))).extracting(Account::id)
                .containsExactly(an, vy);
        assertThat(runAs.committee("thuky", () -> service.enabledWithRole(AppRoles.POINT))).extracting(Account::id)
                .contains(an, vy).doesNotContain(off);
        assertThatThrownBy(() -> runAs.committee("thuky", service::list))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long coordinator(String username, String displayName, boolean enabled) {
        return runAs.role("quantri", AppRoles.ADMIN, () -> service.create(new AccountDraft(username, displayName,
                AppRoles.POINT, null, enabled, "mat-khau-diem-cau")));
    }

    @Test
    @WithMockUser(username = "quantri", roles = AppRoles.ADMIN)
    void anAdminCreatesAnAccountWhosePasswordIsStoredHashed() {
        long id = service.create(new AccountDraft("cong2", "Tổ đón tiếp cổng 2", AppRoles.GATE, null, true, "mat-khau-cong-2"));

        var created = service.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(created.role()).isEqualTo(AppRoles.GATE);
        var loaded = userDetails.loadUserByUsername("cong2");
        assertThat(loaded.getPassword()).doesNotContain("mat-khau-cong-2");
        assertThat(encoder.matches("mat-khau-cong-2", loaded.getPassword())).isTrue();
    }

    @Test
    void theAdminBindsAGateAccountToTheConferencesItServesAndItSeesOnlyThose() {
        long a = runAs.committee("thuky", () -> conferences.create(vn.hoinghi.TestData.conference(
                vn.hoinghi.TestData.unique("Hội nghị cổng A"))));
        long b = runAs.committee("thuky", () -> conferences.create(vn.hoinghi.TestData.conference(
                vn.hoinghi.TestData.unique("Hội nghị cổng B"))));
        String name = "cong-gan-" + a;
        long id = asAdmin(() -> service.create(new AccountDraft(name, "Cổng gắn", AppRoles.GATE, null, true,
                "mat-khau-cong-gan", java.util.Set.of(a))));
        assertThat(asAdmin(service::conferences)).containsEntry(id, java.util.Set.of(a));
        assertThat(runAs.role(name, AppRoles.GATE, conferences::list)).extracting(vn.hoinghi.conference.Conference::id)
                .containsExactly(a);
        assertThatThrownBy(() -> runAs.role(name, AppRoles.GATE, () -> conferences.open(b)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        int version = asAdmin(() -> service.list().stream().filter(x -> x.id() == id).findFirst().orElseThrow().version());
        asAdmin(() -> {
            service.update(id, version, new AccountDraft(name, "Cổng gắn", AppRoles.GATE, null, true, "", java.util.Set.of(b)));
            return null;
        });
        assertThat(runAs.role(name, AppRoles.GATE, conferences::list)).as("seen at once").extracting(
                vn.hoinghi.conference.Conference::id).containsExactly(b);

        asAdmin(() -> {
            service.update(id, version + 1, new AccountDraft(name, "Cổng gắn", AppRoles.STAFF, null, true, ""));
            return null;
        });
        assertThat(asAdmin(service::conferences)).as("the committee keeps no list: it serves all").doesNotContainKey(id);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return runAs.role("quantri", AppRoles.ADMIN, work);
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aShortPasswordAndABadUserNameAreRefusedAtTheirFields() {
        assertThatThrownBy(() -> service.create(new AccountDraft("Có Dấu", "Ai đó", AppRoles.MC, null, true, "ngan")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsKeys("username", "password");
                    assertThat(e.fieldErrors().get("password")).contains("ít nhất 10 ký tự");
                });
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void aUnitsRepresentativeNeedsItsUnitAndOtherRolesKeepNone() {
        assertThatThrownBy(() -> service.create(new AccountDraft("donvi-x", "Đại diện", AppRoles.UNIT, null, true,
                "mat-khau-don-vi")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("unit", "Tài khoản đại diện đơn vị cần chọn đơn vị mà tài khoản thay mặt."));
        long unit = vn.hoinghi.unit.TestUnits.inProvince(units, "Kiên Giang", "Sở Nội vụ");
        long id = service.create(new AccountDraft("donvi-snv", "Đại diện Sở Nội vụ", AppRoles.UNIT, unit, true,
                "mat-khau-don-vi"));
        long mc = service.create(new AccountDraft("mc-co-don-vi", "MC", AppRoles.MC, unit, true, "mat-khau-mc-33"));

        assertThat(service.list()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.unitId()).isEqualTo(unit));
        assertThat(service.list()).filteredOn(a -> a.id() == mc).singleElement()
                .satisfies(a -> assertThat(a.unitId()).isNull());
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void twoAdminsEditingTheSameAccountGetAConflictNotASilentOverwrite() {
        long id = service.create(new AccountDraft("mc2", "MC dự phòng", AppRoles.MC, null, true, "mat-khau-mc-22"));
        int version = service.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow().version();

        service.update(id, version, new AccountDraft("mc2", "MC chính", AppRoles.MC, null, true, ""));
        assertThatThrownBy(() -> service.update(id, version, new AccountDraft("mc2", "MC khác", AppRoles.MC, null, true, "")))
                .isInstanceOf(VersionConflictException.class);
    }
}
