package vn.hoinghi.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.submission.ContributionStatus.ACCEPTED;
import static vn.hoinghi.submission.ContributionStatus.SUBMITTED;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.submission.ProceedingsFixture;
import vn.hoinghi.submission.ProceedingsService;
import vn.hoinghi.submission.SampleFiles;

@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-ky-yeu-ui", roles = AppRoles.STAFF)
class ProceedingsDownloadTest extends SpringBrowserlessTest {

    @Autowired ProceedingsService service;
    @Autowired ProceedingsFixture fixture;

    @Test
    void theCommitteeSeesWhatThePdfWillHoldAndWhichWordFilesStayOut() {
        long conference = fixture.conference();
        fixture.contribution(conference, 1, "Sở Y tế", "Điều trị ca bệnh nặng", ACCEPTED, "Nguyễn Văn An", null, false,
                SampleFiles.pdf("One", 2));
        fixture.contribution(conference, 2, "Sở Lao động - Thương binh và Xã hội", "Hỗ trợ người lao động", ACCEPTED,
                "Phạm Thu", null, false, SampleFiles.docx("Hai"));
        fixture.contribution(conference, 3, "Công an tỉnh", "Giữ an ninh", SUBMITTED, null, null, false,
                SampleFiles.pdf("Three", 1));

        ProceedingsDownload download = new ProceedingsDownload(service, conference);

        assertThat(download.button.getText()).isEqualTo("Tải kỷ yếu tham luận (PDF)");
        assertThat(download.download.isEnabled()).isTrue();
        assertThat(download.summary.getText()).startsWith("Kỷ yếu in 1/2 tham luận đã được chấp nhận");
        assertThat(download.warning.isVisible()).isTrue();
        assertThat(download.warning.getElement().getTextRecursively())
                .contains("Không in kèm được 1 tham luận gửi bằng Word hoặc chưa có tệp")
                .contains("Sở Lao động - Thương binh và Xã hội: «Hỗ trợ người lao động» (tham-luan-2-v1)")
                .doesNotContain("Sở Y tế", "Công an tỉnh");
    }

    @Test
    void withNothingAcceptedTheButtonIsOffAndSaysWhy() {
        long conference = fixture.conference();
        fixture.contribution(conference, 1, "Sở Y tế", "Chưa duyệt", SUBMITTED, null, null, false, SampleFiles.pdf("x", 1));

        ProceedingsDownload download = new ProceedingsDownload(service, conference);

        assertThat(download.download.isEnabled()).isFalse();
        assertThat(download.button.isEnabled()).isFalse();
        assertThat(download.summary.getText()).isEqualTo("Chưa có tham luận nào được chấp nhận: kỷ yếu chưa có gì để in.");
        assertThat(download.warning.isVisible()).isFalse();

        fixture.contribution(conference, 2, "Sở Tài chính", "Kinh phí", ACCEPTED, null, null, true, SampleFiles.pdf("y", 1));
        download.refresh();
        assertThat(download.download.isEnabled()).isTrue();
        assertThat(download.summary.getText()).startsWith("Kỷ yếu in 1/1 tham luận");
    }
}
