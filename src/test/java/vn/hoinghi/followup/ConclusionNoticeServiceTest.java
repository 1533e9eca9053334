package vn.hoinghi.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.unit.UnitService;

/** The conclusion notice: drafted from the conference, saved with a version, printed with the conclusion's tasks. */
@IntegrationTest
@WithMockUser(username = "bantochuc", roles = AppRoles.STAFF)
class ConclusionNoticeServiceTest {

    @Autowired ConclusionNoticeService notices;
    @Autowired FollowUpService tasks;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void theQuangTriConference() {
        var plan = TestData.quangTri();
        plan.setTitle(TestData.unique(plan.getTitle()));
        conference = conferences.create(plan);
    }

    @Test
    void aFirstDraftIsWrittenFromTheConference() {
        ConclusionNotice n = notices.notice(conference);
        String title = conferences.get(conference).orElseThrow().title();

        assertThat(n.saved()).isFalse();
        NoticeDraft d = n.draft();
        assertThat(d.number()).isEqualTo("/TB-UBND");
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
        assertThat(d.place()).isEqualTo("Quảng Trị");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 29));
        assertThat(d.title()).isEqualTo("Kết luận của lãnh đạo Ủy ban nhân dân tỉnh Quảng Trị tại " + title);
        assertThat(d.opening()).startsWith("Ngày 29/10/2021, tại Hội trường UBND tỉnh, Ủy ban nhân dân tỉnh Quảng Trị tổ chức "
                + title + " theo hình thức trực tiếp kết hợp trực tuyến").endsWith("kết luận như sau:");
        assertThat(d.closing()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị thông báo để các cơ quan, đơn vị biết, thực hiện./.");
        assertThat(d.signerAuthority()).isEqualTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(d.signerName()).isEqualTo("Hoàng Nam");
        assertThat(d.recipients()).contains("Lưu: VT.");
    }

    @Test
    void savingKeepsTheTextsAndASecondEditorGetsAConflict() {
        NoticeDraft d = notices.notice(conference).draft();
        NoticeDraft mine = new NoticeDraft(" 215/TB-UBND ", LocalDate.of(2021, 11, 2), d.place(), d.issuer(), d.title(),
                d.opening(), "Đánh giá thứ nhất.  \r\nĐánh giá thứ hai.\n", d.closing(), "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
                d.signerName(), d.recipients());
        notices.save(conference, 0, mine);
        assertThatThrownBy(() -> notices.save(conference, 0, mine)).as("two first saves")
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("vừa được người khác sửa");

        ConclusionNotice saved = notices.notice(conference);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.draft().number()).isEqualTo("215/TB-UBND");
        assertThat(saved.draft().assessment()).isEqualTo("Đánh giá thứ nhất.\nĐánh giá thứ hai.");
        notices.save(conference, 1, saved.draft());
        assertThatThrownBy(() -> notices.save(conference, 1, saved.draft())).isInstanceOf(VersionConflictException.class);

        assertThatThrownBy(() -> notices.save(conference, 2, new NoticeDraft(null, null, " ", null, "", null, null, null,
                null, null, null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("issuedOn", "Hãy chọn ngày ban hành thông báo.")
                .containsEntry("place", "Hãy nhập địa danh (nơi ban hành).")
                .containsEntry("issuer", "Hãy nhập cơ quan ban hành.")
                .containsEntry("title", "Hãy nhập trích yếu (tiêu đề) của thông báo.")
                .containsEntry("opening", "Hãy nhập đoạn mở đầu.")
                .containsEntry("closing", "Hãy nhập câu kết thúc."));
    }

    @Test
    void thePdfListsTheConclusionsTasksInOrderInTheAdministrativeLayout() throws Exception {
        long health = units.findOrCreate(conference, "Sở Y tế").id();
        long labour = units.findOrCreate(conference, "Sở Lao động - Thương binh và Xã hội").id();
        tasks.create(conference, TaskDraft.of(TaskOrigin.PLAN, "Gửi tham luận về Sở Y tế", health, null,
                LocalDate.of(2021, 10, 26)));
        long first = tasks.create(conference, TaskDraft.of(TaskOrigin.CONCLUSION, "Rà soát, tổng hợp kết quả hỗ trợ người"
                + " lao động gặp khó khăn do đại dịch, báo cáo UBND tỉnh", labour, null, LocalDate.of(2021, 11, 20)));
        long second = tasks.create(conference, TaskDraft.of(TaskOrigin.CONCLUSION, "hoàn thiện hồ sơ khen thưởng các tập"
                + " thể, cá nhân có thành tích xuất sắc, trình UBND tỉnh", health, "Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh",
                LocalDate.of(2021, 11, 15)));
        tasks.create(conference, TaskDraft.of(TaskOrigin.CONCLUSION, "Duy trì các chốt kiểm soát y tế", health, null, null));
        tasks.move(second, tasks.board(conference).tasks().stream().filter(t -> t.id() == second).findFirst()
                .orElseThrow().version(), -1);
        NoticeDraft d = notices.notice(conference).draft();
        notices.save(conference, 0, new NoticeDraft("215/TB-UBND", LocalDate.of(2021, 11, 2), d.place(), d.issuer(),
                d.title(), d.opening(), "Hội nghị đánh giá cao sự vào cuộc của các cấp, các ngành.\n" + d.assessment(),
                d.closing(), "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", d.signerName(), d.recipients()));

        byte[] pdf = notices.pdf(conference);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/thong-bao-ket-luan.pdf"), pdf);

        String text = PdfAssertions.text(pdf, 1) + " " + (PdfAssertions.pages(pdf) > 1 ? PdfAssertions.text(pdf, 2) : "");
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 215/TB-UBND", "Quảng Trị, ngày 02 tháng 11 năm 2021", "THÔNG BÁO",
                "Kết luận của lãnh đạo Ủy ban nhân dân tỉnh Quảng Trị tại Hội nghị sơ kết công tác phòng, chống dịch",
                "Ngày 29/10/2021, tại Hội trường UBND tỉnh", "Hội nghị đánh giá cao sự vào cuộc",
                "thông báo để các cơ quan, đơn vị biết, thực hiện./.", "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Hoàng Nam");
        List<String> items = List.of(
                "1. Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh hoàn thiện hồ sơ khen"
                        + " thưởng các tập thể, cá nhân có thành tích xuất sắc, trình UBND tỉnh (hoàn thành trước ngày 15/11/2021).",
                "2. Giao Sở Lao động - Thương binh và Xã hội rà soát, tổng hợp kết quả hỗ trợ người lao động gặp khó khăn"
                        + " do đại dịch, báo cáo UBND tỉnh (hoàn thành trước ngày 20/11/2021).",
                "3. Giao Sở Y tế duy trì các chốt kiểm soát y tế.");
        int at = text.indexOf("Yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:");
        for (String item : items) {
            int found = text.indexOf(item);
            assertThat(found).as(item).isGreaterThan(at);
            at = found;
        }
        assertThat(text.indexOf("thông báo để các cơ quan")).isGreaterThan(at);
        assertThat(text).as("the plan's tasks are not the conclusion's").doesNotContain("Gửi tham luận", "gửi tham luận");
        assertThat(first).isPositive();
    }

    @Test
    void onlyTheCommitteeReadsOrWritesTheNotice() {
        for (String role : List.of(AppRoles.MC, AppRoles.UNIT, AppRoles.GATE)) {
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> notices.notice(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> notices.pdf(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> {
                notices.save(conference, 0, notices.notice(conference).draft());
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }
}
