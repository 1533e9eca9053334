package vn.hoinghi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.followup.ConclusionNoticeService;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.FollowUpTask;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.followup.TaskStatus;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** The demo conference comes with the plan's tasks, the conclusion's tasks and a notice, once. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "quantri-nhiemvu", roles = AppRoles.ADMIN)
class FollowUpDemoTest {

    @Autowired DemoConferenceLoader loader;
    @Autowired FollowUpService tasks;
    @Autowired ConclusionNoticeService notices;

    @Test
    void theDemoHasTasksBeforeAndAfterAndItsNotice() throws Exception {
        long id = loader.load().conferenceId();
        int count = tasks.board(id).tasks().size();
        loader.load();

        var board = tasks.board(id);
        assertThat(board.tasks()).as("loading again adds nothing").hasSize(count);
        assertThat(board.of(TaskOrigin.PLAN)).extracting(FollowUpTask::leadUnitName).startsWith("Công an tỉnh",
                "UBND huyện Triệu Phong", "Sở Y tế", "Đài Phát thanh - Truyền hình Quảng Trị");
        assertThat(board.of(TaskOrigin.PLAN).getFirst().deadline()).hasToString("2021-10-26");
        assertThat(board.of(TaskOrigin.PLAN).getFirst().status()).isEqualTo(TaskStatus.DONE);
        assertThat(board.of(TaskOrigin.CONCLUSION)).extracting(FollowUpTask::leadUnitName).startsWith("Sở Y tế",
                "Sở Y tế", "Công an tỉnh", "Sở Lao động - Thương binh và Xã hội");
        assertThat(board.overdue()).as("late in any year after 2021").extracting(FollowUpTask::leadUnitName)
                .contains("Sở Lao động - Thương binh và Xã hội");
        assertThat(notices.notice(id).saved()).isTrue();
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/thong-bao-ket-luan-demo.pdf"), notices.pdf(id));
    }
}
