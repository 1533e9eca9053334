package vn.hoinghi.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.security.AccountDraft;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.AssignmentDraft;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.report.ExpectedUnits;
import vn.hoinghi.submission.report.ReportFormService;

/**
 * Issue 25 part 5: with two provinces' units in one directory, a conference offers, matches and takes only its own
 * province's units (decision 034). Quảng Trị and Kiên Giang both have a "Sở Y tế" and district committees.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-tinh", roles = AppRoles.ADMIN)
class UnitProvincesTest {

    @Autowired UnitService units;
    @Autowired ConferenceService conferences;
    @Autowired DelegateImportService delegateImport;
    @Autowired DelegateService delegates;
    @Autowired AssignmentService assignments;
    @Autowired FollowUpService tasks;
    @Autowired ReportFormService forms;
    @Autowired AccountService accounts;

    /** A province of this test's own. */
    static final String KIEN_GIANG = TestData.unique("Kiên Giang");

    long quangTri;
    long kienGiang;
    Unit healthQt;
    Unit healthKg;

    @BeforeEach
    void twoProvincesWithTheirUnits() {
        ConferenceDraft qt = TestData.quangTri();
        qt.setTitle(TestData.unique(qt.getTitle()));
        quangTri = conferences.create(qt);
        ConferenceDraft kg = TestData.conference(TestData.unique("Hội nghị sơ kết Kiên Giang"));
        kg.setProvince(KIEN_GIANG); // the suite's other tests fill "Kiên Giang" with every sample's units
        kienGiang = conferences.create(kg);
        healthQt = units.findOrCreate(quangTri, "Sở Y tế");
        healthKg = units.findOrCreate(kienGiang, "Sở Y tế");
        units.findOrCreateAll(quangTri, List.of("UBND huyện Đakrông", "Công an tỉnh"));
        units.findOrCreateAll(kienGiang, List.of("UBND huyện Châu Thành", "Công an tỉnh"));
    }

    @Test
    void eachConferenceFindsOnlyItsProvincesUnits() {
        assertThat(healthQt.id()).as("two units of one name, one per province").isNotEqualTo(healthKg.id());
        assertThat(healthQt.province()).isEqualTo("Quảng Trị");
        assertThat(healthKg.province()).isEqualTo(KIEN_GIANG);
        assertThat(units.find(quangTri, "so y te")).extracting(Unit::id).contains(healthQt.id()).doesNotContain(healthKg.id());
        assertThat(units.find(kienGiang, "SỞ Y TẾ")).extracting(Unit::id).contains(healthKg.id()).doesNotContain(healthQt.id());
        assertThat(units.find(kienGiang, null)).extracting(Unit::province).containsOnly(KIEN_GIANG);
        assertThat(units.find(quangTri, null)).extracting(Unit::province).containsOnly("Quảng Trị");
        assertThat(units.findOrCreate(kienGiang, " sở  y TẾ ").id()).as("diacritic-blind, in its province")
                .isEqualTo(healthKg.id());
        assertThat(units.provinces()).contains(KIEN_GIANG, "Quảng Trị");
        assertThat(units.directory(KIEN_GIANG, "Sở Y tế")).extracting(Unit::id).containsExactly(healthKg.id());
    }

    @Test
    void choosingTheDepartmentsAndCommitteesSuggestsOnlyTheConferencesProvince() {
        List<Unit> suggested = ExpectedUnits.suggested(units.find(kienGiang, null));
        assertThat(suggested).extracting(Unit::name).contains("Sở Y tế", "UBND huyện Châu Thành", "Công an tỉnh")
                .doesNotContain("UBND huyện Đakrông");
        assertThat(suggested).extracting(Unit::province).containsOnly(KIEN_GIANG);
    }

    @Test
    void aDelegateImportMatchesTheUnitsOfItsConferencesProvince() {
        String csv = "Họ và tên,Đơn vị,Chức vụ\n"
                + "Lâm Văn Kiên,so y te,Giám đốc\n"
                + "Danh Thị Mai,UBND huyện Giồng Riềng,Chủ tịch\n";
        var preview = delegateImport.preview(kienGiang, "dai-bieu.csv", csv.getBytes(StandardCharsets.UTF_8), p -> { });
        delegateImport.commit(preview);

        assertThat(delegates.list(kienGiang, DelegateFilter.all())).extracting(d -> d.fullName() + ": " + d.unitId())
                .contains("Lâm Văn Kiên: " + healthKg.id());
        assertThat(units.find(kienGiang, "giong rieng")).as("a new unit joins the conference's province")
                .singleElement().satisfies(u -> assertThat(u.province()).isEqualTo(KIEN_GIANG));
        assertThat(units.find(quangTri, "giong rieng")).isEmpty();
    }

    @Test
    void aUnitOfAnotherProvinceIsRefusedByTheServicesNotOnlyThePickers() {
        String refusal = "Đơn vị \"Sở Y tế\" thuộc Quảng Trị, không thuộc " + KIEN_GIANG + " của hội nghị này.";
        assertThat(units.refusal(kienGiang, healthQt.id())).hasValueSatisfying(m -> assertThat(m).startsWith(refusal));
        assertThat(units.refusal(kienGiang, healthKg.id())).isEmpty();

        assertThatThrownBy(() -> assignments.create(kienGiang, new AssignmentDraft(healthQt.id(), "Công tác y tế",
                LocalDate.now().plusDays(5), null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("unitId")).startsWith(refusal));
        assertThatThrownBy(() -> tasks.create(kienGiang, TaskDraft.of(TaskOrigin.PLAN, "Chuẩn bị tham luận",
                healthQt.id(), null, LocalDate.now().plusDays(5))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("leadUnitId")).startsWith(refusal));
        var settings = forms.settings(kienGiang);
        assertThatThrownBy(() -> forms.saveSettings(kienGiang, settings.version(), null, null,
                Set.of(healthKg.id(), healthQt.id())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("units")).startsWith(refusal));
        assertThatThrownBy(() -> accounts.create(new AccountDraft(TestData.unique("soyte-qt").replace(' ', '-'),
                "Sở Y tế Quảng Trị", AppRoles.UNIT, healthQt.id(), true, "mat-khau-don-vi", Set.of(kienGiang))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("unit")).startsWith(refusal));

        assignments.create(kienGiang, new AssignmentDraft(healthKg.id(), "Công tác y tế", LocalDate.now().plusDays(5), null));
    }

    @Test
    void aProvinceTypedOtherwiseLandsOnTheSpellingInUse() {
        ConferenceDraft plain = TestData.quangTri();
        plain.setTitle(TestData.unique(plain.getTitle()));
        plain.setProvince("quang  tri");
        ConferenceDraft withPrefix = TestData.quangTri();
        withPrefix.setTitle(TestData.unique(withPrefix.getTitle()));
        withPrefix.setProvince("Tỉnh Quảng Trị");

        for (ConferenceDraft d : List.of(plain, withPrefix)) {
            long id = conferences.create(d);
            assertThat(conferences.get(id).orElseThrow().province()).isEqualTo("Quảng Trị");
            assertThat(units.findOrCreate(id, "Sở Y tế").id()).as("the province's units").isEqualTo(healthQt.id());
        }
    }

    @Test
    void aUnitsProvinceIsCorrectedButNotToOneWhereItsNameIsTaken() {
        Unit moved = units.findOrCreate(quangTri, TestData.unique("Sở Du lịch"));
        units.update(moved.id(), moved.version(), withProvince(moved, KIEN_GIANG));
        assertThat(units.find(kienGiang, moved.name())).extracting(Unit::id).containsExactly(moved.id());
        assertThat(units.find(quangTri, moved.name())).isEmpty();

        assertThatThrownBy(() -> units.update(healthQt.id(), healthQt.version(), withProvince(healthQt, KIEN_GIANG)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("province"))
                        .isEqualTo("Đã có đơn vị tên \"Sở Y tế\" ở " + KIEN_GIANG + "."));
    }

    private static UnitDraft withProvince(Unit u, String province) {
        UnitDraft d = UnitDraft.of(u);
        return new UnitDraft(d.name(), province, d.shortName(), d.level(), d.kind(), d.address(), d.contactName(),
                d.contactPhone(), d.contactEmail());
    }
}
