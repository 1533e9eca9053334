package vn.hoinghi.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.followup.repository.TaskRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.unit.UnitService;

/** Tasks against the real database: editing and its conflicts, the order, overdue on a fixed day, the roles. */
@IntegrationTest
@WithMockUser(username = "bantochuc", roles = AppRoles.STAFF)
class FollowUpServiceTest {

    @Autowired FollowUpService service;
    @Autowired TaskRepository repository;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired AuditLog auditLog;
    @Autowired PlatformTransactionManager transactions;
    @Autowired RunAs runAs;

    long conference;
    long health;
    long police;

    @BeforeEach
    void aConferenceAndTwoUnits() {
        var plan = TestData.quangTri();
        plan.setTitle(TestData.unique(plan.getTitle()));
        conference = conferences.create(plan);
        health = units.findOrCreate(conference, "Sở Y tế").id();
        police = units.findOrCreate(conference, "Công an tỉnh").id();
    }

    private long task(TaskOrigin origin, long unit, String content, LocalDate deadline) {
        return service.create(conference, TaskDraft.of(origin, content, unit, null, deadline));
    }

    private FollowUpTask get(long id) {
        return service.board(conference).tasks().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @Test
    void tasksAreNumberedWithinTheirOriginAndEditedWithTheirFields() {
        long report = task(TaskOrigin.PLAN, health, "Tổng hợp báo cáo sơ kết", LocalDate.of(2021, 10, 26));
        long first = task(TaskOrigin.CONCLUSION, health, "Hoàn thiện hồ sơ khen thưởng", LocalDate.of(2021, 11, 15));
        long second = task(TaskOrigin.CONCLUSION, police, "Duy trì các chốt kiểm soát", null);

        TaskBoard board = service.board(conference);
        assertThat(board.tasks()).extracting(FollowUpTask::id).containsExactly(report, first, second);
        assertThat(board.of(TaskOrigin.CONCLUSION)).extracting(FollowUpTask::position).containsExactly(1, 2);
        assertThat(get(report).position()).isEqualTo(1);
        assertThat(get(first).leadUnitName()).isEqualTo("Sở Y tế");
        assertThat(get(first).status()).isEqualTo(TaskStatus.NOT_STARTED);

        FollowUpTask t = get(first);
        service.update(t.id(), t.version(), new TaskDraft(TaskOrigin.PLAN, "  hoàn thiện hồ sơ   khen thưởng, trình UBND tỉnh ",
                health, " Sở Nội vụ ", t.deadline(), TaskStatus.DONE, null, "Đã trình 45 tập thể."));
        FollowUpTask saved = get(first);
        assertThat(saved.origin()).as("the origin stays").isEqualTo(TaskOrigin.CONCLUSION);
        assertThat(saved.content()).isEqualTo("hoàn thiện hồ sơ khen thưởng, trình UBND tỉnh");
        assertThat(saved.cooperating()).isEqualTo("Sở Nội vụ");
        assertThat(saved.doneOn()).as("done today when no date is given").isEqualTo(service.today());
        assertThat(saved.assignment()).isEqualTo("Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ hoàn thiện hồ sơ khen"
                + " thưởng, trình UBND tỉnh (hoàn thành trước ngày 15/11/2021).");
        assertThat(get(second).assignment()).isEqualTo("Giao Công an tỉnh duy trì các chốt kiểm soát.");

        service.move(second, get(second).version(), -1);
        assertThat(service.board(conference).of(TaskOrigin.CONCLUSION)).extracting(FollowUpTask::id)
                .containsExactly(second, first);
        service.delete(second, get(second).version());
        assertThat(service.board(conference).of(TaskOrigin.CONCLUSION)).extracting(FollowUpTask::position)
                .containsExactly(1);
        assertThat(auditLog.forSubject("follow_up_task", first)).extracting(AuditLog.AuditEntry::action)
                .contains("task.create", "task.update");
    }

    @Test
    void twoEditorsAtOnceGetAConflictMessageNotASilentOverwrite() {
        long id = task(TaskOrigin.CONCLUSION, health, "Đẩy nhanh tiến độ tiêm vắc xin", LocalDate.of(2021, 11, 30));
        FollowUpTask seenByBoth = get(id);

        service.setStatus(id, seenByBoth.version(), TaskStatus.IN_PROGRESS);
        assertThatThrownBy(() -> service.update(id, seenByBoth.version(), TaskDraft.of(TaskOrigin.CONCLUSION,
                "Nội dung khác", police, null, null)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessage("Nhiệm vụ này vừa được người khác sửa hoặc xóa. Hãy tải lại danh sách rồi sửa tiếp.");
        assertThatThrownBy(() -> service.setStatus(id, seenByBoth.version(), TaskStatus.DONE))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> service.move(id, seenByBoth.version(), 1)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> service.delete(id, seenByBoth.version())).isInstanceOf(VersionConflictException.class);
        assertThat(get(id).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(get(id).content()).isEqualTo("Đẩy nhanh tiến độ tiêm vắc xin");

        service.delete(id, get(id).version());
        assertThatThrownBy(() -> service.setStatus(id, seenByBoth.version() + 1, TaskStatus.DONE))
                .as("deleted by someone else").isInstanceOf(VersionConflictException.class);
    }

    @Test
    void badInputIsRefusedWithVietnameseMessagesNamingTheField() {
        assertThatThrownBy(() -> service.create(conference, new TaskDraft(null, "  ", null, "x".repeat(1001), null,
                TaskStatus.DONE, service.today().plusDays(1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("content", "Hãy nhập nội dung nhiệm vụ.")
                        .containsEntry("leadUnitId", "Hãy chọn đơn vị chủ trì.")
                        .containsEntry("cooperating", "Đơn vị phối hợp dài quá 1.000 ký tự.")
                        .containsKey("origin")
                        .hasEntrySatisfying("doneOn", m -> assertThat(m).startsWith("Ngày hoàn thành không được sau hôm nay")));
        assertThatThrownBy(() -> service.create(conference, TaskDraft.of(TaskOrigin.PLAN, "Việc", 999_999_999L, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("leadUnitId", "Không có đơn vị này trong danh mục (có thể vừa bị xóa). Hãy chọn lại."));
        assertThat(service.board(conference).tasks()).isEmpty();
    }

    @Test
    void aRefusalReadsInEnglishOnAnEnglishPage() {
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> service.create(conference, new TaskDraft(TaskOrigin.PLAN, "  ", health, null, null,
                    TaskStatus.DONE, service.today().plusDays(1), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("content", "Enter the task.")
                            .containsEntry("doneOn", "The completion date cannot be after today ("
                                    + Times.DATE.format(service.today()) + ")."));
        }
        assertThat(service.board(conference).tasks()).isEmpty();
    }

    @Test
    void overdueMeansPastTheDeadlineInVietnamAndNotDone() {
        long late = task(TaskOrigin.CONCLUSION, health, "Báo cáo kết quả tiêm chủng", LocalDate.of(2021, 11, 20));
        long dueToday = task(TaskOrigin.CONCLUSION, police, "Rà soát các chốt", LocalDate.of(2021, 11, 21));
        long doneLate = task(TaskOrigin.CONCLUSION, health, "Hồ sơ khen thưởng", LocalDate.of(2021, 11, 15));
        task(TaskOrigin.CONCLUSION, police, "Duy trì các chốt kiểm soát", null);
        long planLate = task(TaskOrigin.PLAN, police, "Gửi tham luận", LocalDate.of(2021, 10, 26));
        service.setStatus(doneLate, get(doneLate).version(), TaskStatus.DONE);
        service.setStatus(late, get(late).version(), TaskStatus.IN_PROGRESS);

        // 21/11/2021 00:30 in Vietnam is still 20/11 in UTC: the deadline of the 20th has passed, the 21st's has not.
        FollowUpService on21st = at(Instant.parse("2021-11-20T17:30:00Z"));
        TaskBoard board = inTransaction(() -> on21st.board(conference));
        assertThat(board.today()).isEqualTo(LocalDate.of(2021, 11, 21));
        assertThat(inTransaction(() -> on21st.overdue(conference))).extracting(FollowUpTask::id)
                .containsExactly(planLate, late);
        assertThat(board.overdue()).extracting(t -> t.daysOverdue(board.today())).containsExactly(26L, 1L);
        assertThat(get(dueToday).overdueOn(board.today())).isFalse();

        FollowUpService on22nd = at(Instant.parse("2021-11-21T17:00:00Z"));
        assertThat(inTransaction(() -> on22nd.overdue(conference))).extracting(FollowUpTask::id)
                .containsExactly(planLate, late, dueToday);
    }

    /** A service like the application's, on a clock stopped at that instant. */
    private FollowUpService at(Instant now) {
        return new FollowUpService(repository, conferences, units, auditLog, Clock.fixed(now, Times.VIETNAM));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }

    @Test
    void onlyTheCommitteeSeesAndChangesTasks() {
        long id = task(TaskOrigin.CONCLUSION, health, "Đẩy nhanh tiến độ tiêm vắc xin", null);
        FollowUpTask t = get(id);
        for (String role : List.of(AppRoles.MC, AppRoles.UNIT, AppRoles.GATE)) {
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> service.board(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> service.overdue(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> service.create(conference,
                    TaskDraft.of(TaskOrigin.PLAN, "Việc", health, null, null))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> {
                service.setStatus(id, t.version(), TaskStatus.DONE);
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> {
                service.delete(id, t.version());
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.role("quan-tri", AppRoles.ADMIN, () -> service.board(conference)).tasks()).hasSize(1);
        assertThat(get(id).status()).isEqualTo(TaskStatus.NOT_STARTED);
    }
}
