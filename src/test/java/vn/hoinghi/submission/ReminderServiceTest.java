package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.ReminderRepository;
import vn.hoinghi.unit.UnitService;

/** Who is reminded of a deadline, by the daily round and by the button, and that nobody gets two in one day. */
@IntegrationTest
class ReminderServiceTest {

    static final LocalDate DEADLINE = LocalDate.of(2021, 10, 26);

    @Autowired ContributionFixture fixture;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired ReminderRepository owed;
    @Autowired ContributionRepository contributions;
    @Autowired ConferenceService conferences;
    @Autowired UnitService units;
    @Autowired MailService mail;
    @Autowired AuditLog auditLog;
    @Autowired TransactionTemplate transactions;
    @Autowired ReminderSchedule schedule;

    long conference;
    long dueIn3Days;
    long dueIn4Days;
    long noEmail;
    long sent;
    long sentBack;
    long overdue;
    String dueIn3DaysEmail;

    @BeforeEach
    void contributionsOfUnitsWithAndWithoutEmail() {
        conference = fixture.conference();
        dueIn3DaysEmail = "yte" + conference + "@quangtri.gov.vn";
        dueIn3Days = fixture.assign(conference, fixture.unit("Sở Y tế nhắc", dueIn3DaysEmail), "Hỗ trợ Bình Dương", DEADLINE);
        dueIn4Days = fixture.assign(conference, fixture.unit("Sở Lao động nhắc", "ld@quangtri.gov.vn"), "Đón đồng bào",
                DEADLINE.plusDays(1));
        noEmail = fixture.assign(conference, fixture.unit("Huyện không email", null), "Tổ Covid", DEADLINE.minusDays(2));
        long police = fixture.unit("Công an nhắc", "ca@quangtri.gov.vn");
        sent = fixture.assign(conference, police, "Chốt kiểm soát", DEADLINE.minusDays(1));
        sentBack = fixture.assign(conference, police, "Cách ly tập trung", DEADLINE.minusDays(1));
        overdue = fixture.assign(conference, fixture.unit("Biên phòng nhắc", "bp@quangtri.gov.vn"), "Tuyến biên giới",
                DEADLINE.minusDays(6));
        fixture.committee(() -> {
            submissions.upload(sent, "a.pdf", SampleFiles.pdf("a", 1), null);
            submissions.upload(sentBack, "b.pdf", SampleFiles.pdf("b", 1), null);
            reviews.decide(sentBack, submissions.detail(sentBack).contribution().version(), ReviewDecision.ASK_CHANGES,
                    "Bổ sung số liệu.");
            return null;
        });
    }

    /** A service like the application's, on the clock stopped at 09:00 in Vietnam on that day, 3 days ahead. */
    private ReminderResult on(LocalDate day, boolean button) {
        Instant nine = day.atTime(9, 0).atZone(Times.VIETNAM).toInstant();
        ReminderService service = new ReminderService(owed, contributions, conferences, units, mail, auditLog,
                Clock.fixed(nine, Times.VIETNAM), 3, "https://hoinghi.quangtri.gov.vn/");
        return fixture.committee(() -> transactions.execute(s -> button ? service.remindNow(conference) : service.remindDue()));
    }

    private List<Long> remindedOn(LocalDate day) {
        return fixture.committee(() -> assignments.board(conference)).contributions().stream()
                .filter(c -> c.remindedAt() != null && Times.local(c.remindedAt()).toLocalDate().equals(day))
                .map(Contribution::id).toList();
    }

    @Test
    void theDailyRoundRemindsUnitsOwingATextDueWithinThreeDaysOnceADay() {
        LocalDate day = DEADLINE.minusDays(3);
        ReminderResult first = on(day, false);
        assertThat(remindedOn(day)).containsExactlyInAnyOrder(dueIn3Days, sentBack);
        assertThat(first.withoutEmail()).anyMatch(n -> n.startsWith("Huyện không email"));

        List<OutboxMail> outbox = fixture.committee(() -> mail.outbox(conference));
        assertThat(outbox).hasSize(2);
        OutboxMail health = outbox.stream().filter(m -> m.recipient().equals(dueIn3DaysEmail)).findFirst().orElseThrow();
        assertThat(health.subject()).isEqualTo("Nhắc hạn nộp tham luận: Hỗ trợ Bình Dương");
        assertThat(health.body()).startsWith("Kính gửi: Sở Y tế nhắc")
                .contains("gửi tham luận \"Hỗ trợ Bình Dương\" trước ngày 26/10/2021 (còn 3 ngày).")
                .contains("https://hoinghi.quangtri.gov.vn/my-contributions");
        assertThat(outbox).filteredOn(m -> m.recipient().equals("ca@quangtri.gov.vn")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("đã đề nghị chỉnh sửa tham luận"));

        ReminderResult again = on(day, false);
        assertThat(again.sent()).noneMatch(n -> n.startsWith("Sở Y tế nhắc") || n.startsWith("Công an nhắc"));
        assertThat(again.alreadyToday()).isGreaterThanOrEqualTo(2);
        ReminderResult button = on(day, true);
        assertThat(button.sent()).as("the button also reaches later and overdue deadlines, not twice today")
                .hasSize(2).anyMatch(n -> n.startsWith("Sở Lao động nhắc")).anyMatch(n -> n.startsWith("Biên phòng nhắc"));
        assertThat(button.alreadyToday()).isEqualTo(2);
        assertThat(fixture.committee(() -> mail.outbox(conference))).hasSize(4);

        LocalDate next = day.plusDays(1);
        on(next, false);
        assertThat(remindedOn(next)).as("a new day, and the 27th's deadline is now 3 days ahead")
                .containsExactlyInAnyOrder(dueIn3Days, dueIn4Days, sentBack);
        assertThat(fixture.committee(() -> mail.outbox(conference))).hasSize(7);
        assertThat(auditLog.forSubject("contribution", dueIn3Days)).filteredOn(e -> e.action().equals("contribution.remind"))
                .hasSize(2);
    }

    @Test
    void theHourlyJobRunsWithoutAnyoneSignedIn() {
        LocalDate today = assignments.today();
        String email = "hom-nay" + conference + "@quangtri.gov.vn";
        long due = fixture.assign(conference, fixture.unit("Đơn vị hạn gần", email), "Hạn gần", today.plusDays(1));
        SecurityContextHolder.clearContext();
        schedule.remindDue();
        assertThat(fixture.committee(() -> mail.outbox(conference))).extracting(OutboxMail::recipient).contains(email);
        assertThat(auditLog.forSubject("contribution", due)).filteredOn(e -> e.action().equals("contribution.remind"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
    }
}
