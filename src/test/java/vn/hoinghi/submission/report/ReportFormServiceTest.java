package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/** The data form is data: loaded from the plan's template, then edited by the committee; units' values constrain it. */
@IntegrationTest
class ReportFormServiceTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportFormService forms;
    @Autowired UnitReportService reports;
    @Autowired RunAs runAs;

    @Autowired ConferenceService conferences;
    long conference;

    @BeforeEach
    void aConferenceWithTheTemplate() {
        conference = fixture.conference();
    }

    @Test
    void theTemplateIsThePlansDataFormRowByRowWithItsOutline() {
        ReportForm form = form();
        assertThat(form.fields()).hasSize(25);
        assertThat(form.fields()).extracting(ReportField::code, ReportField::label, ReportField::kind, ReportField::level)
                .startsWith(tuple("1", "Công tác y tế", FieldKind.HEADING, 0),
                        tuple("1.1", "Số tổ COVID-19 cộng đồng", FieldKind.NUMBER, 1),
                        tuple("1.1.1", "Đã kiện toàn", FieldKind.NUMBER, 2),
                        tuple("1.1.2", "Chưa kiện toàn", FieldKind.NUMBER, 2),
                        tuple("1.2", "BCĐ cấp huyện", FieldKind.NUMBER, 1));
        assertThat(form.fields()).extracting(ReportField::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(form.fields().stream().filter(f -> f.kind() == FieldKind.HEADING).map(ReportField::label))
                .containsExactly("Công tác y tế", "Công tác an ninh, trật tự xã hội", "Công tác an sinh xã hội",
                        "Công tác tài chính, hậu cần", "Công tác sản xuất và lưu thông hàng hóa",
                        "Công tác vận động và huy động xã hội");
        assertThat(form.fields()).filteredOn(f -> f.kind() == FieldKind.AMOUNT)
                .extracting(ReportField::code, ReportField::unitLabel)
                .containsExactly(tuple("3.1", "triệu đồng"), tuple("4.1", "triệu đồng"), tuple("5.1", "triệu đồng"));
        assertThat(form.fields().getLast().label())
                .isEqualTo("Tổng số kinh phí đã vận động, huy động cho công tác phòng, chống dịch");
        assertThat(form.name(field("1.2.1"))).isEqualTo("Mục 1.2.1 – BCĐ cấp huyện – Đã kiện toàn");
        assertThat(form.name(field("4.2.2"))).as("under a heading, no parent label").isEqualTo("Mục 4.2.2 – Số phương tiện cấp luồng xanh");

        String outline = fixture.committee(() -> forms.settings(conference)).outline();
        assertThat(outline).startsWith("MẪU ĐỀ CƯƠNG BÁO CÁO").contains("Sơ kết công tác phòng, chống dịch Covid-19 đợt dịch thứ 4",
                "10. Công tác ứng dụng công nghệ thông tin", "4. Các mô hình hay, cách làm tốt",
                "III. PHƯƠNG HƯỚNG PHÒNG CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO");

        assertThatThrownBy(() -> fixture.committee(() -> forms.loadTemplate(conference, ReportTemplate.QUANG_TRI_2021)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Biểu mẫu của hội nghị này đã có 25 mục.");
    }

    @Test
    void aNewConferencesUnitsSeeTheGeneralOutlineWithItsOwnTitleNotQuangTris() {
        long fresh = fixture.committee(() -> conferences.create(TestData.conference("Hội nghị sơ kết công tác chuyển đổi số năm 2026")));

        String outline = fixture.committee(() -> forms.settings(fresh)).outline();

        assertThat(outline).startsWith("MẪU ĐỀ CƯƠNG BÁO CÁO")
                .contains("Kế hoạch tổ chức Hội nghị sơ kết công tác chuyển đổi số năm 2026 của Ủy ban nhân dân tỉnh Kiên Giang",
                        "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG / TÊN ĐƠN VỊ", "năm 2026", "Sơ kết công tác chuyển đổi số năm 2026",
                        "I. KẾT QUẢ THỰC HIỆN", "IV. ĐỀ XUẤT, KIẾN NGHỊ")
                .doesNotContain("Quảng Trị", "Covid");
    }

    @Test
    void theCommitteeAddsEditsMovesAndDeletesRows() {
        long after = field("2.2").id();
        long added = fixture.committee(() -> forms.addField(conference,
                new FieldDraft("2.3", "Số người bị xử phạt hành chính", FieldKind.NUMBER, "người", 1), after));
        assertThat(form().fields()).extracting(ReportField::code).containsSequence("2.1", "2.2", "2.3", "3");

        ReportField row = field("2.3");
        fixture.committee(() -> {
            forms.updateField(added, row.version(), new FieldDraft("2.3", "Tổng số tiền xử phạt", FieldKind.AMOUNT,
                    "triệu đồng", 1));
            return null;
        });
        assertThat(field("2.3")).extracting(ReportField::label, ReportField::kind, ReportField::unitLabel)
                .containsExactly("Tổng số tiền xử phạt", FieldKind.AMOUNT, "triệu đồng");
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.updateField(added, row.version(), row.draft());
            return null;
        })).as("the version seen before the change").isInstanceOf(VersionConflictException.class);

        fixture.committee(() -> {
            forms.moveField(added, field("2.3").version(), -2);
            return null;
        });
        assertThat(form().fields()).extracting(ReportField::code).containsSequence("2", "2.3", "2.1", "2.2", "3");

        assertThatThrownBy(() -> fixture.committee(() -> forms.addField(conference,
                new FieldDraft("2.1", "Trùng số", FieldKind.NUMBER, null, 1), null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Số thứ tự “2.1” đã dùng cho mục “Số vụ vi phạm quy định phòng, chống dịch”.");
        assertThatThrownBy(() -> fixture.committee(() -> forms.addField(conference,
                new FieldDraft(null, " ", null, null, 1), null)))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .containsOnlyKeys("label", "kind"));

        fixture.committee(() -> {
            forms.deleteField(added, field("2.3").version());
            return null;
        });
        assertThat(form().fields()).hasSize(25).extracting(ReportField::position).doesNotHaveDuplicates()
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
    }

    @Test
    void aRowUnitsFilledIsRenamedFreelyButNeitherDeletedNorTurnedIntoAKindItsValuesDoNotFit() {
        long unit = fixture.unit("UBND huyện Gio Linh");
        String account = fixture.account(conference, unit);
        runAs.role(account, AppRoles.UNIT, () -> reports.save(conference, unit, 0,
                fixture.typed(conference, Map.of("2.1", "14", "3.1", "120,5"))));

        ReportField violations = field("2.1");
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.deleteField(violations.id(), violations.version());
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageStartingWith(
                "Mục 2.1 – Số vụ vi phạm quy định phòng, chống dịch: đã có số liệu của 1 đơn vị (UBND huyện Gio Linh")
                .hasMessageEndingWith("không xóa được. Có thể sửa nội dung của mục; số liệu đã nhập được giữ nguyên.");
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.updateField(violations.id(), violations.version(), new FieldDraft("2.1", violations.label(),
                    FieldKind.TEXT, null, 1));
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("không đổi sang loại “Câu trả lời ngắn” được");

        fixture.committee(() -> {
            forms.updateField(violations.id(), violations.version(), new FieldDraft("2.1",
                    "Số vụ vi phạm quy định phòng, chống dịch COVID-19", FieldKind.AMOUNT, "vụ", 1));
            return null;
        });
        ReportField support = field("3.1");
        assertThatThrownBy(() -> fixture.committee(() -> {
            forms.updateField(support.id(), support.version(), new FieldDraft("3.1", support.label(), FieldKind.NUMBER,
                    null, 1));
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("1 đơn vị đã nhập số có phần thập phân");

        ReportSheet sheet = runAs.role(account, AppRoles.UNIT, () -> reports.mine(conference));
        assertThat(sheet.value(field("2.1")).number()).as("the value kept through the rename").isEqualByComparingTo("14");
        assertThat(sheet.form().name(field("2.1"))).isEqualTo("Mục 2.1 – Số vụ vi phạm quy định phòng, chống dịch COVID-19");

        ReportField empty = field("2.2");
        fixture.committee(() -> {
            forms.deleteField(empty.id(), empty.version());
            return null;
        });
        assertThat(form().fields()).extracting(ReportField::code).doesNotContain("2.2");
    }

    @Test
    void aUnitCanNeitherReadNorChangeTheFormOrTheSettings() {
        long unit = fixture.unit("Sở Tư pháp");
        String account = fixture.account(conference, unit);
        ReportField row = field("1.1");
        for (Runnable call : List.<Runnable>of(
                () -> forms.form(conference),
                () -> forms.settings(conference),
                () -> forms.addField(conference, row.draft(), null),
                () -> forms.updateField(row.id(), row.version(), row.draft()),
                () -> forms.deleteField(row.id(), row.version()),
                () -> forms.saveSettings(conference, 1, null, "", java.util.Set.of()))) {
            assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> {
                call.run();
                return null;
            })).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private ReportForm form() {
        return fixture.committee(() -> forms.form(conference));
    }

    private ReportField field(String code) {
        return form().fields().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }
}
