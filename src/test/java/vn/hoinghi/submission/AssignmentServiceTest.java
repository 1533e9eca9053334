package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.VersionRepository;
import vn.hoinghi.unit.UnitService;

/** The committee's assignments: added, edited, deleted while nothing is sent; overdue judged on Vietnam's day. */
@IntegrationTest
class AssignmentServiceTest {

    static final LocalDate DEADLINE = LocalDate.of(2021, 10, 26);

    @Autowired ContributionFixture fixture;
    @Autowired AssignmentService assignments;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired ContributionRepository contributions;
    @Autowired ContributionReader reader;
    @Autowired UnitService units;
    @Autowired VersionRepository versions;
    @Autowired ConferenceService conferences;
    @Autowired ContributionAgenda agenda;
    @Autowired AuditLog auditLog;
    @Autowired TransactionTemplate transactions;

    long conference;
    long health;
    long police;

    @BeforeEach
    void aConferenceAndTwoUnits() {
        conference = fixture.conference();
        health = fixture.unit("Sở Y tế giao", null);
        police = fixture.unit("Công an giao", null);
    }

    private Contribution get(long id) {
        return fixture.committee(() -> submissions.detail(id)).contribution();
    }

    @Test
    void assignmentsAreNumberedEditedAndDeletedWithConflictsNamed() {
        long first = fixture.assign(conference, health, "Công tác hỗ trợ tỉnh Bình Dương", DEADLINE);
        long second = fixture.assign(conference, police, "Chốt kiểm soát y tế", DEADLINE);
        Contribution seen = get(first);
        assertThat(seen.position()).isEqualTo(1);
        assertThat(get(second).position()).isEqualTo(2);
        fixture.committee(() -> {
            assignments.update(first, seen.version(), new AssignmentDraft(health, "  Công tác hỗ trợ  tỉnh Bình Dương chống dịch ",
                    DEADLINE.plusDays(1), " Ưu tiên người trực tiếp làm nhiệm vụ "));
            return null;
        });
        Contribution edited = get(first);
        assertThat(edited.topic()).isEqualTo("Công tác hỗ trợ tỉnh Bình Dương chống dịch");
        assertThat(edited.deadline()).isEqualTo(DEADLINE.plusDays(1));
        assertThat(edited.notes()).isEqualTo("Ưu tiên người trực tiếp làm nhiệm vụ");
        assertThatThrownBy(() -> fixture.committee(() -> {
            assignments.update(first, seen.version(), new AssignmentDraft(police, "Khác", DEADLINE, null));
            return null;
        })).isInstanceOf(VersionConflictException.class);

        fixture.committee(() -> {
            assignments.delete(first, edited.version());
            return null;
        });
        assertThat(fixture.committee(() -> assignments.board(conference)).contributions())
                .extracting(Contribution::id, Contribution::position).containsExactly(org.assertj.core.groups.Tuple.tuple(second, 1));
        assertThat(auditLog.forSubject("contribution", first)).extracting(AuditLog.AuditEntry::action)
                .containsExactly("contribution.create", "contribution.update", "contribution.delete");
    }

    @Test
    void aContributionWithAFileIsNeitherDeletedNorMovedToAnotherUnit() {
        long id = fixture.assign(conference, health, "Cách ly tập trung", DEADLINE);
        fixture.committee(() -> submissions.upload(id, "gui-qua-email.pdf", SampleFiles.pdf("Bài", 1), "Đơn vị gửi qua email"));
        assertThatThrownBy(() -> fixture.committee(() -> {
            assignments.delete(id, get(id).version());
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("đã gửi bài cho tham luận này: không xóa được");
        assertThatThrownBy(() -> fixture.committee(() -> {
            assignments.update(id, get(id).version(), new AssignmentDraft(police, "Cách ly tập trung", DEADLINE, null));
            return null;
        })).as("another unit would see the file").isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.fieldErrors().get("unitId")).contains("không chuyển sang đơn vị khác được"));
        fixture.committee(() -> {
            assignments.update(id, get(id).version(), new AssignmentDraft(health, "Công tác cách ly tập trung", DEADLINE, null));
            return null;
        });
        assertThat(get(id).topic()).isEqualTo("Công tác cách ly tập trung");
    }

    @Test
    void badInputIsRefusedWithVietnameseMessagesNamingTheField() {
        assertThatThrownBy(() -> fixture.assign(conference, health, " ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("topic", "Hãy nhập nội dung (chủ đề) tham luận.")
                        .containsEntry("deadline", "Hãy nhập hạn nộp (ví dụ: 26/10/2021)."));
        assertThatThrownBy(() -> fixture.committee(() -> assignments.create(conference,
                new AssignmentDraft(999_999_999L, "Chủ đề", DEADLINE, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("unitId", "Không có đơn vị này trong danh mục (có thể vừa bị xóa). Hãy chọn lại."));
    }

    @Test
    void overdueMeansPastTheDeadlineDayInVietnamWithTheUnitStillOwingAText() {
        long nothing = fixture.assign(conference, health, "Chưa gửi", DEADLINE);
        long sent = fixture.assign(conference, police, "Đã gửi", DEADLINE);
        long sentBack = fixture.assign(conference, police, "Bị trả lại", DEADLINE);
        long later = fixture.assign(conference, health, "Hạn sau", DEADLINE.plusDays(1));
        fixture.committee(() -> {
            submissions.upload(sent, "a.pdf", SampleFiles.pdf("a", 1), null);
            submissions.upload(sentBack, "b.pdf", SampleFiles.pdf("b", 1), null);
            reviews.decide(sentBack, submissions.detail(sentBack).contribution().version(), ReviewDecision.ASK_CHANGES,
                    "Bổ sung số liệu.");
            return null;
        });
        // 27/10/2021 00:30 in Vietnam is 26/10 17:30 in UTC: the 26th's deadline has passed, the 27th's has not.
        AssignmentService on27th = at(Instant.parse("2021-10-26T17:30:00Z"));
        ContributionBoard board = fixture.committee(() -> transactions.execute(s -> on27th.board(conference)));
        assertThat(board.today()).isEqualTo(LocalDate.of(2021, 10, 27));
        assertThat(board.overdue()).extracting(Contribution::id).containsExactly(nothing, sentBack);
        assertThat(get(later).daysLeft(board.today())).isZero();
        assertThat(get(nothing).daysLeft(board.today())).isEqualTo(-1);
        assertThat(board.counts()).containsEntry(ContributionStatus.ASSIGNED, 2L)
                .containsEntry(ContributionStatus.SUBMITTED, 1L).containsEntry(ContributionStatus.CHANGES_REQUESTED, 1L);
    }

    private AssignmentService at(Instant now) {
        return new AssignmentService(contributions, reader, versions, conferences, units, agenda, auditLog,
                Clock.fixed(now, Times.VIETNAM));
    }
}
