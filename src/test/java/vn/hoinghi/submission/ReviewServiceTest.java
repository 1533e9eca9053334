package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AuditLog;

/**
 * The committee asks for changes, accepts or refuses the latest version; an accepted contribution spoken at the
 * conference becomes an agenda item in its place, follows its speaker, and leaves the programme when printed only.
 */
@IntegrationTest
class ReviewServiceTest {

    @Autowired ContributionFixture fixture;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired AgendaService agenda;
    @Autowired PointService points;
    @Autowired AuditLog auditLog;

    long conference;
    long unit;
    String account;
    long contribution;

    @BeforeEach
    void aProgrammeWithAwardsAndAContributionDue() {
        conference = fixture.conference();
        unit = fixture.unit("Sở Y tế duyệt", null);
        account = fixture.account(conference, unit);
        contribution = fixture.assign(conference, unit, "Công tác hỗ trợ tỉnh Bình Dương chống dịch",
                assignments.today().plusDays(3));
        fixture.committee(() -> {
            for (var item : List.of(item(AgendaKind.SPEECH, "Phát biểu khai mạc"), item(AgendaKind.REPORT, "Báo cáo sơ kết"),
                    item(AgendaKind.AWARDS, "Khen thưởng"), item(AgendaKind.CLOSING, "Bế mạc"))) {
                agenda.create(conference, item);
            }
            return null;
        });
    }

    private static AgendaDraft item(AgendaKind kind, String title) {
        return new AgendaDraft(kind, title, null, null, null, 10, null, null, null);
    }

    private Contribution committeeSees() {
        return fixture.committee(() -> submissions.detail(contribution)).contribution();
    }

    private void decide(ReviewDecision decision, String comment) {
        fixture.committee(() -> {
            reviews.decide(contribution, committeeSees().version(), decision, comment);
            return null;
        });
    }

    private void deliver(Delivery delivery) {
        fixture.committee(() -> {
            reviews.deliver(contribution, committeeSees().version(), delivery);
            return null;
        });
    }

    private List<AgendaItem> programme() {
        return fixture.committee(() -> agenda.agenda(conference).items());
    }

    @Test
    void changesAskedWithACommentThenV2AcceptedAndSpokenInItsPlaceFollowingItsSpeaker() {
        assertThatThrownBy(() -> decide(ReviewDecision.ACCEPT, null)).isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("chưa gửi bài: chưa có gì để duyệt.");
        fixture.as(account, () -> submissions.upload(contribution, "v1.pdf", SampleFiles.pdf("Bản 1", 3), null));
        assertThatThrownBy(() -> decide(ReviewDecision.ASK_CHANGES, "  ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("comment", "Hãy ghi nhận xét: đơn vị cần chỉnh sửa những gì."));
        decide(ReviewDecision.ASK_CHANGES, "Rút gọn còn 5 trang, bổ sung số liệu tháng 9.");

        Contribution seenByUnit = fixture.as(account, () -> submissions.mine(conference)).getFirst();
        assertThat(seenByUnit.status()).isEqualTo(ContributionStatus.CHANGES_REQUESTED);
        assertThat(seenByUnit.lastComment()).isEqualTo("Rút gọn còn 5 trang, bổ sung số liệu tháng 9.");
        int seenByReviewer = committeeSees().version();
        fixture.as(account, () -> submissions.upload(contribution, "v2.pdf", SampleFiles.pdf("Bản 2", 2), "Đã rút gọn"));
        assertThat(committeeSees().status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThatThrownBy(() -> fixture.committee(() -> {
            reviews.decide(contribution, seenByReviewer, ReviewDecision.ACCEPT, null);
            return null;
        })).as("v2 arrived after the reviewer opened v1").isInstanceOf(VersionConflictException.class);
        decide(ReviewDecision.ACCEPT, "Tốt.");
        assertThat(fixture.committee(() -> submissions.detail(contribution)).reviews())
                .extracting(ContributionReview::versionNumber, ContributionReview::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ReviewDecision.ACCEPT),
                        org.assertj.core.groups.Tuple.tuple(1, ReviewDecision.ASK_CHANGES));

        assertThatThrownBy(() -> deliver(Delivery.SPOKEN)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("chưa cử người trình bày");
        MeetingPoint remote = fixture.committee(() -> points.list(conference)).stream().filter(p -> !p.hall())
                .findFirst().orElseThrow();
        fixture.as(account, () -> {
            submissions.setSpeaker(contribution, committeeSees().version(), new SpeakerDraft("Trần Văn Bình",
                    "Phó Giám đốc Sở Y tế", 8, remote.id()));
            return null;
        });
        deliver(Delivery.SPOKEN);

        Contribution spoken = committeeSees();
        assertThat(spoken.delivery()).isEqualTo(Delivery.SPOKEN);
        assertThat(programme()).extracting(AgendaItem::title).containsExactly("Phát biểu khai mạc", "Báo cáo sơ kết",
                "Tham luận: Công tác hỗ trợ tỉnh Bình Dương chống dịch", "Khen thưởng", "Bế mạc");
        AgendaItem item = programme().get(2);
        assertThat(item.id()).isEqualTo(spoken.agendaItemId());
        assertThat(item.kind()).isEqualTo(AgendaKind.CONTRIBUTION);
        assertThat(item.presenterLine()).isEqualTo("Trần Văn Bình, Phó Giám đốc Sở Y tế");
        assertThat(item.unitName()).isEqualTo(spoken.unitName());
        assertThat(item.plannedMinutes()).isEqualTo(8);
        assertThat(item.pointId()).isEqualTo(remote.id());

        // The unit names another speaker from the hall: the programme follows, though units cannot edit it.
        fixture.as(account, () -> {
            submissions.setSpeaker(contribution, committeeSees().version(), new SpeakerDraft("Lê Thị Hoa",
                    "Trưởng phòng Nghiệp vụ Y", 6, null));
            return null;
        });
        AgendaItem followed = programme().get(2);
        assertThat(followed.presenterLine()).isEqualTo("Lê Thị Hoa, Trưởng phòng Nghiệp vụ Y");
        assertThat(followed.plannedMinutes()).isEqualTo(6);
        assertThat(followed.pointId()).as("the hall").isNull();
        assertThatThrownBy(() -> fixture.as(account, () -> {
            submissions.setSpeaker(contribution, committeeSees().version(), new SpeakerDraft(null, null, null, null));
            return null;
        })).as("a scheduled item keeps a speaker").isInstanceOf(ValidationException.class);

        deliver(Delivery.PRINTED);
        assertThat(committeeSees().agendaItemId()).isNull();
        assertThat(programme()).extracting(AgendaItem::kind).doesNotContain(AgendaKind.CONTRIBUTION);
        assertThat(auditLog.forSubject("contribution", contribution)).extracting(AuditLog.AuditEntry::action)
                .contains("contribution.upload", "contribution.review", "contribution.speaker", "contribution.delivery");
    }

    @Test
    void aSecondSpokenContributionGoesAfterTheFirstAndRefusingLaterTakesItOut() {
        long other = fixture.assign(conference, unit, "Công tác cách ly tập trung", assignments.today());
        for (long id : List.of(contribution, other)) {
            fixture.as(account, () -> submissions.upload(id, "bai.pdf", SampleFiles.pdf("Bài", 1), null));
            fixture.as(account, () -> {
                submissions.setSpeaker(id, fixture.committee(() -> submissions.detail(id)).contribution().version(),
                        new SpeakerDraft("Người " + id, null, 7, null));
                return null;
            });
            fixture.committee(() -> {
                reviews.decide(id, submissions.detail(id).contribution().version(), ReviewDecision.ACCEPT, null);
                reviews.deliver(id, submissions.detail(id).contribution().version(), Delivery.SPOKEN);
                return null;
            });
        }
        assertThat(programme()).extracting(AgendaItem::title).containsExactly("Phát biểu khai mạc", "Báo cáo sơ kết",
                "Tham luận: Công tác hỗ trợ tỉnh Bình Dương chống dịch", "Tham luận: Công tác cách ly tập trung",
                "Khen thưởng", "Bế mạc");
        assertThat(programme().get(3).presenterLine()).as("no title: the name alone").isEqualTo("Người " + other);

        assertThatThrownBy(() -> decide(ReviewDecision.REFUSE, null)).isInstanceOf(ValidationException.class)
                .hasMessage("Hãy ghi lý do không chấp nhận để đơn vị biết.");
        decide(ReviewDecision.REFUSE, "Trùng nội dung với tham luận khác.");
        Contribution refused = committeeSees();
        assertThat(refused.status()).isEqualTo(ContributionStatus.REFUSED);
        assertThat(refused.delivery()).isNull();
        assertThat(programme()).extracting(AgendaItem::title).doesNotContain(
                "Tham luận: Công tác hỗ trợ tỉnh Bình Dương chống dịch").contains("Tham luận: Công tác cách ly tập trung");
        assertThatThrownBy(() -> decide(ReviewDecision.REFUSE, "Lần nữa")).isInstanceOf(ValidationException.class)
                .hasMessage("Tham luận đã ở trạng thái «Không chấp nhận».");
    }

    @Test
    void aProgrammeImportedWithTheContributionInItKeepsThatItemNowWithTheSpeaker() {
        long own = fixture.committee(() -> agenda.create(conference, new AgendaDraft(AgendaKind.CONTRIBUTION,
                "Tham luận: Công tác hỗ trợ tỉnh  Bình Dương chống dịch", null, "Sở Y tế", null, 7, null,
                "Kính mời đại diện Sở Y tế trình bày tham luận.", null)));
        fixture.as(account, () -> submissions.upload(contribution, "bai.pdf", SampleFiles.pdf("Bài", 1), null));
        fixture.as(account, () -> {
            submissions.setSpeaker(contribution, committeeSees().version(), new SpeakerDraft("Trần Văn Bình",
                    "Phó Giám đốc Sở Y tế", 9, null));
            return null;
        });
        decide(ReviewDecision.ACCEPT, null);
        deliver(Delivery.SPOKEN);

        assertThat(committeeSees().agendaItemId()).isEqualTo(own);
        assertThat(programme()).hasSize(5);
        AgendaItem item = programme().stream().filter(i -> i.id() == own).findFirst().orElseThrow();
        assertThat(item.presenterLine()).isEqualTo("Trần Văn Bình, Phó Giám đốc Sở Y tế");
        assertThat(item.plannedMinutes()).isEqualTo(9);
        assertThat(item.script()).as("the MC's words stay").isEqualTo("Kính mời đại diện Sở Y tế trình bày tham luận.");
    }

    @Test
    void theProgrammesLineForTheTalkIsFoundByItsUnitOrItsTopicSoTheTalkIsNeverTwice() {
        long own = fixture.committee(() -> agenda.create(conference, new AgendaDraft(AgendaKind.CONTRIBUTION,
                "Tham luận: Công tác hỗ trợ tỉnh Bình Dương chống dịch (từ điểm cầu Sở Y tế)", null, null,
                "Sở Y tế duyệt", 7, null, null, null)));
        long other = fixture.committee(() -> agenda.create(conference, new AgendaDraft(AgendaKind.CONTRIBUTION,
                "Tham luận của Bộ Chỉ huy Quân sự tỉnh", null, null, "Bộ Chỉ huy Quân sự tỉnh", 7, null, null, null)));
        fixture.as(account, () -> submissions.upload(contribution, "bai.pdf", SampleFiles.pdf("Bài", 1), null));
        fixture.as(account, () -> {
            submissions.setSpeaker(contribution, committeeSees().version(), new SpeakerDraft("Trần Văn Bình",
                    "Phó Giám đốc Sở Y tế", 7, null));
            return null;
        });
        decide(ReviewDecision.ACCEPT, null);
        deliver(Delivery.SPOKEN);

        assertThat(committeeSees().agendaItemId()).isEqualTo(own);
        assertThat(programme()).hasSize(6).extracting(AgendaItem::id).contains(own, other);
        assertThat(programme()).filteredOn(i -> i.kind() == AgendaKind.CONTRIBUTION).extracting(AgendaItem::title)
                .containsExactly("Tham luận: Công tác hỗ trợ tỉnh Bình Dương chống dịch",
                        "Tham luận của Bộ Chỉ huy Quân sự tỉnh");
    }
}
