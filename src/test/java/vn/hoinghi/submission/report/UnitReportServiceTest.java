package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.FileType;
import vn.hoinghi.submission.SampleFiles;

/** A unit fills, saves and submits its own report only; bad figures are refused whole, naming the field. */
@IntegrationTest
class UnitReportServiceTest {

    @Autowired ReportFixture fixture;
    @Autowired UnitReportService reports;
    @Autowired ReportSummaryService summary;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    long conference;
    long health;
    long police;
    String healthAccount;
    String policeAccount;

    @BeforeEach
    void twoUnitsWithTheirAccounts() {
        conference = fixture.conference();
        health = fixture.unit("Sở Y tế");
        police = fixture.unit("Công an tỉnh");
        healthAccount = fixture.account(conference, health);
        policeAccount = fixture.account(conference, police);
    }

    @Test
    void badFiguresAreRefusedNamingEachFieldAndNothingIsWritten() {
        int version = asHealth(() -> reports.save(conference, health, 0, typed(Map.of("2.1", "45", "3.1", "1.250,5"))));
        assertThat(version).isEqualTo(1);

        Map<Long, String> bad = typed(Map.of("2.1", "-3", "2.2", "4,5", "3.1", "12.5", "3.2", "mười", "4.1", "1,2345",
                "1.1", "7"));
        assertThatThrownBy(() -> asHealth(() -> reports.save(conference, health, 1, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage().split("; ")).as("in the form's order").containsExactly(
                        "Mục 2.1 – Số vụ vi phạm quy định phòng, chống dịch: phải là số nguyên không âm (không được âm) (đã nhập “-3”).",
                        "Mục 2.2 – Số vụ vi phạm phòng chống dịch đã xử lý: phải là số nguyên không âm (không có phần thập phân) (đã nhập “4,5”).",
                        "Mục 3.1 – Tổng số kinh phí hỗ trợ (triệu đồng): phải là số không âm, viết dấu chấm giữa hàng nghìn và dấu phẩy trước phần thập phân (ví dụ 1.234 hoặc 12,5) (đã nhập “12.5”).",
                        "Mục 3.2 – Số người lao động được hỗ trợ: phải là số nguyên không âm, ví dụ 1.234 (đã nhập “mười”).",
                        "Mục 4.1 – Tổng số kinh phí chi cho công tác phòng chống dịch năm 2021 (triệu đồng): chỉ được tối đa 3 chữ số sau dấu phẩy (đã nhập “1,2345”)."));

        ReportSheet sheet = asHealth(() -> reports.mine(conference));
        assertThat(sheet.version()).as("nothing written").isEqualTo(1);
        assertThat(sheet.values()).hasSize(2);
        assertThat(sheet.value(field(sheet, "2.1")).number()).isEqualByComparingTo("45");
        assertThat(sheet.value(field(sheet, "3.1")).number()).isEqualByComparingTo("1250.5");
        assertThat(sheet.value(field(sheet, "1.1"))).as("the good value of the refused save is not kept either").isNull();
        assertThat(sheet.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void submittingNeedsTheNarrativeFileWhichIsCheckedAndEveryVersionKept() {
        Map<Long, String> figures = typed(Map.of("1.1", "25"));
        assertThatThrownBy(() -> asHealth(() -> reports.submit(conference, health, 0, figures)))
                .isInstanceOf(ValidationException.class).hasMessage("Hãy gửi kèm tệp báo cáo sơ kết (PDF hoặc Word) trước khi nộp.");
        assertThatThrownBy(() -> asHealth(() -> reports.attach(conference, health, 0, "bao-cao.pdf",
                "không phải PDF".getBytes()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Tệp «bao-cao.pdf» mang đuôi .pdf nhưng nội dung không phải tệp PDF hay Word");

        int v1 = asHealth(() -> reports.attach(conference, health, 0, "bao-cao-lan-1.pdf", SampleFiles.pdf("Lan 1", 3)));
        int v2 = asHealth(() -> reports.attach(conference, health, v1, "bao-cao-lan-2.docx", SampleFiles.docx("Lần 2")));
        int v3 = asHealth(() -> reports.submit(conference, health, v2, figures));
        ReportSheet sheet = asHealth(() -> reports.mine(conference));
        assertThat(sheet.version()).isEqualTo(v3).isEqualTo(3);
        assertThat(sheet.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sheet.report().submittedBy()).isEqualTo(healthAccount);
        assertThat(sheet.report().narrative().fileName()).isEqualTo("bao-cao-lan-2.docx");
        assertThat(sheet.files()).extracting(f -> f.fileName() + " " + f.type())
                .containsExactly("bao-cao-lan-2.docx " + FileType.DOCX, "bao-cao-lan-1.pdf " + FileType.PDF);
        assertThat(sheet.files().get(1).pageCount()).isEqualTo(3);
        byte[] first = asHealth(() -> reports.file(conference, sheet.files().get(1).id()));
        assertThat(first).hasSize((int) sheet.files().get(1).size());
        assertThat(new String(first, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aUnitSeesNothingOfAnotherUnit() {
        asPolice(() -> reports.attach(conference, police, 0, "cong-an.pdf", SampleFiles.pdf("Cong an", 1)));
        long policeFile = asPolice(() -> reports.mine(conference)).files().getFirst().id();

        assertThat(asHealth(() -> reports.mine(conference)).unitId()).isEqualTo(health);
        assertThatThrownBy(() -> asHealth(() -> reports.of(conference, police)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Báo cáo này thuộc đơn vị khác.");
        assertThatThrownBy(() -> asHealth(() -> reports.save(conference, police, 1, typed(Map.of("2.1", "1")))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Báo cáo này thuộc đơn vị khác.");
        assertThatThrownBy(() -> asHealth(() -> reports.submit(conference, police, 1, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> reports.attach(conference, police, 1, "x.pdf", SampleFiles.pdf("x", 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> reports.file(conference, policeFile)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> summary.table(conference, false))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> summary.progress(conference))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> summary.xlsx(conference, true))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> summary.pdf(conference, true))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(asPolice(() -> reports.mine(conference)).version()).as("the police's report untouched").isEqualTo(1);

        String orphan = accounts.serving("donvi-chua-gan-bc", AppRoles.UNIT, conference);
        assertThatThrownBy(() -> runAs.role(orphan, AppRoles.UNIT, () -> reports.mine(conference)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Tài khoản này chưa được gắn với đơn vị nào. Hãy liên hệ Ban Tổ chức.");
        String gate = accounts.serving("cong-bc", AppRoles.GATE, conference);
        assertThatThrownBy(() -> runAs.role(gate, AppRoles.GATE, () -> reports.of(conference, health)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void twoWindowsSavingFromTheSameVersionGetAConflictNotAMix() {
        asHealth(() -> reports.save(conference, health, 0, typed(Map.of("2.1", "10"))));
        asHealth(() -> reports.save(conference, health, 1, typed(Map.of("2.1", "11"))));
        assertThatThrownBy(() -> asHealth(() -> reports.save(conference, health, 1, typed(Map.of("2.1", "99", "2.2", "9")))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> asPolice(() -> reports.save(conference, police, 3, typed(Map.of("2.1", "1")))))
                .as("a first save claiming a version").isInstanceOf(VersionConflictException.class);
        ReportSheet sheet = asHealth(() -> reports.mine(conference));
        assertThat(sheet.values()).hasSize(1);
        assertThat(sheet.value(field(sheet, "2.1")).number()).isEqualByComparingTo("11");
    }

    @Test
    void twoSavesAtTheSameMomentLeaveOneWholeSetOfFiguresAndAConflict() throws Exception {
        asHealth(() -> reports.save(conference, health, 0, typed(Map.of("2.1", "1"))));
        Map<Long, String> first = typed(Map.of("2.1", "10", "2.2", "10", "3.1", "10"));
        Map<Long, String> second = typed(Map.of("2.1", "20", "4.1", "20"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (Map<Long, String> figures : java.util.List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        asHealth(() -> reports.save(conference, health, 1, figures));
                        return "saved";
                    } catch (VersionConflictException e) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            java.util.List<String> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
        } finally {
            pool.shutdownNow();
        }
        ReportSheet sheet = asHealth(() -> reports.mine(conference));
        assertThat(sheet.version()).isEqualTo(2);
        Map<Long, String> stored = new java.util.HashMap<>();
        sheet.values().forEach((id, v) -> stored.put(id, v.display()));
        assertThat(stored).as("one save's figures, whole").isIn(first, second);
    }

    @Test
    void afterTheDeadlinesDayTheUnitCanOnlyReadWhileTheCommitteeStillCorrects() {
        LocalDate today = LocalDate.now(Times.VIETNAM);
        long open = fixture.conference(today);
        fixture.account(open, health);
        assertThat(asHealth(() -> reports.save(open, health, 0, typed(open, Map.of("2.1", "5"))))).as("the deadline's day counts")
                .isEqualTo(1);

        long closed = fixture.conference(today.minusDays(1));
        fixture.account(closed, health);
        assertThat(asHealth(() -> reports.mine(closed)).open()).isFalse();
        assertThatThrownBy(() -> asHealth(() -> reports.save(closed, health, 0, typed(closed, Map.of("2.1", "5")))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Đã hết hạn nộp báo cáo (hạn: hết ngày " + Times.DATE.format(today.minusDays(1))
                        + "). Nếu cần sửa, hãy liên hệ Ban Tổ chức.");
        assertThatThrownBy(() -> asHealth(() -> reports.attach(closed, health, 0, "muon.pdf", SampleFiles.pdf("muon", 1))))
                .isInstanceOf(AccessDeniedException.class);
        int v = fixture.committee(() -> reports.attach(closed, health, 0, "gui-qua-email.pdf", SampleFiles.pdf("email", 1)));
        fixture.committee(() -> reports.submit(closed, health, v, typed(closed, Map.of("2.1", "5"))));
        assertThat(asHealth(() -> reports.mine(closed)).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private Map<Long, String> typed(Map<String, String> byCode) {
        return typed(conference, byCode);
    }

    private Map<Long, String> typed(long conferenceId, Map<String, String> byCode) {
        return fixture.typed(conferenceId, byCode);
    }

    private static ReportField field(ReportSheet sheet, String code) {
        return sheet.form().fields().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }

    private <T> T asHealth(Supplier<T> work) {
        return runAs.role(healthAccount, AppRoles.UNIT, work);
    }

    private <T> T asPolice(Supplier<T> work) {
        return runAs.role(policeAccount, AppRoles.UNIT, work);
    }
}
