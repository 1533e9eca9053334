package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.repository.ContributionRepository;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.submission.repository.VersionRepository;

/** A unit sends versions of its own contributions and names its speaker; it reaches nothing of another unit's. */
@IntegrationTest
class SubmissionServiceTest {

    @Autowired ContributionFixture fixture;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService reviews;
    @Autowired AssignmentService assignments;
    @Autowired PointService points;
    @Autowired PointBulkService bulk;
    @Autowired AuditLog auditLog;
    @Autowired ContributionRepository contributionRepository;
    @Autowired ContributionReader contributionReader;
    @Autowired VersionRepository versionRepository;
    @Autowired FileRepository fileRepository;
    @Autowired FileCheck fileCheck;
    @Autowired ContributionAccess access;
    @Autowired ContributionAgenda agenda;
    @Autowired TransactionTemplate transactions;
    @Autowired TestAccounts accounts;

    long conference;
    long health;
    long police;
    String healthAccount;
    String policeAccount;
    long healthTopic;
    long policeTopic;

    @BeforeEach
    void twoUnitsWithAContributionEach() {
        conference = fixture.conference();
        health = fixture.unit("Sở Y tế thử", null);
        police = fixture.unit("Công an tỉnh thử", null);
        healthAccount = fixture.account(conference, health);
        policeAccount = fixture.account(conference, police);
        LocalDate deadline = assignments.today().plusDays(5);
        healthTopic = fixture.assign(conference, health, "Công tác hỗ trợ tỉnh Bình Dương chống dịch", deadline);
        policeTopic = fixture.assign(conference, police, "Hoạt động của chốt kiểm soát y tế", deadline);
    }

    @Test
    void eachVersionIsKeptNumberedAndDownloadableByTheUnitThatSentIt() {
        byte[] first = SampleFiles.pdf("Tham luận bản đầu", 2);
        byte[] second = SampleFiles.docx("Tham luận đã sửa");
        assertThat(fixture.as(healthAccount, () -> submissions.upload(healthTopic, "tham-luan.pdf", first, null))).isEqualTo(1);
        assertThat(fixture.as(healthAccount, () -> submissions.upload(healthTopic, "tham-luan-v2.docx", second,
                "Đã sửa theo góp ý"))).isEqualTo(2);

        ContributionDetail detail = fixture.as(healthAccount, () -> submissions.detail(healthTopic));
        assertThat(detail.contribution().status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(detail.contribution().latestVersion()).isEqualTo(2);
        assertThat(detail.versions()).extracting(ContributionVersion::number).containsExactly(2, 1);
        assertThat(detail.versions().getFirst().file().type()).isEqualTo(FileType.DOCX);
        assertThat(detail.versions().getFirst().note()).isEqualTo("Đã sửa theo góp ý");
        assertThat(detail.versions().getLast().file().pageCount()).isEqualTo(2);
        assertThat(detail.versions()).noneMatch(ContributionVersion::late);

        FileDownload v1 = fixture.as(healthAccount, () -> submissions.file(healthTopic, 1));
        assertThat(v1.content()).isEqualTo(first);
        assertThat(v1.fileName()).isEqualTo("v1 - tham-luan.pdf");
        assertThat(fixture.committee(() -> submissions.file(healthTopic, 2)).content()).isEqualTo(second);
        assertThat(auditLog.forSubject("contribution", healthTopic)).extracting(AuditLog.AuditEntry::action)
                .contains("contribution.create", "contribution.upload");
    }

    @Test
    void aUnitSeesDownloadsAndChangesNothingOfAnotherUnits() {
        fixture.as(policeAccount, () -> submissions.upload(policeTopic, "chot.pdf", SampleFiles.pdf("Chốt", 1), null));
        int policeVersion = fixture.committee(() -> submissions.detail(policeTopic)).contribution().version();

        assertThat(fixture.as(healthAccount, () -> submissions.mine(conference))).extracting(Contribution::id)
                .containsExactly(healthTopic);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.detail(policeTopic)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Tham luận này thuộc đơn vị khác.");
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.file(policeTopic, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.upload(policeTopic, "gia.pdf",
                SampleFiles.pdf("Giả", 1), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> {
            submissions.setSpeaker(policeTopic, policeVersion, new SpeakerDraft("Người lạ", null, 5, null));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> assignments.board(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> {
            reviews.decide(healthTopic, 0, ReviewDecision.ACCEPT, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        ContributionDetail theirs = fixture.committee(() -> submissions.detail(policeTopic));
        assertThat(theirs.versions()).hasSize(1);
        assertThat(theirs.contribution().speakerName()).isNull();
        assertThat(theirs.contribution().version()).isEqualTo(policeVersion);
    }

    @Test
    void aUnitAccountWithoutAUnitIsToldToAskTheCommittee() {
        String loose = accounts.serving("donvi-chua-gan-" + conference, AppRoles.UNIT, conference);
        assertThatThrownBy(() -> fixture.as(loose, () -> submissions.mine(conference)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("chưa được gắn với đơn vị nào");
    }

    @Test
    void aFakePdfAndAnOversizeFileAreRefusedByNameAndNothingIsKept() {
        byte[] text = "Đây là văn bản, không phải PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.upload(healthTopic, "tham-luan.pdf", text, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("«tham-luan.pdf»").hasMessageContaining("không phải tệp PDF hay Word");
        byte[] big = new byte[(int) fileCheck.maxBytes() + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.upload(healthTopic, "lon.pdf", big, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("quá giới hạn " + fileCheck.maxMegabytes() + " MB");
        ContributionDetail detail = fixture.as(healthAccount, () -> submissions.detail(healthTopic));
        assertThat(detail.versions()).isEmpty();
        assertThat(detail.contribution().status()).isEqualTo(ContributionStatus.ASSIGNED);
    }

    @Test
    void afterTheDeadlineAUnitStillSendsButTheVersionIsMarkedLate() {
        LocalDate deadline = LocalDate.of(2021, 10, 26);
        long late = fixture.assign(conference, health, "Phòng, chống dịch tại địa bàn tiếp giáp", deadline);
        // 27/10 00:30 in Vietnam is still 26/10 in UTC: the deadline day is over.
        SubmissionService on27th = at(Instant.parse("2021-10-26T17:30:00Z"));
        SubmissionService on26th = at(Instant.parse("2021-10-26T16:30:00Z"));
        fixture.as(healthAccount, () -> transactions.execute(s -> on26th.upload(late, "dung-han.pdf", SampleFiles.pdf("a", 1), null)));
        fixture.as(healthAccount, () -> transactions.execute(s -> on27th.upload(late, "muon.pdf", SampleFiles.pdf("b", 1), null)));
        List<ContributionVersion> versions = fixture.as(healthAccount, () -> submissions.detail(late)).versions();
        assertThat(versions).extracting(ContributionVersion::number, ContributionVersion::late)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(auditLog.forSubject("contribution", late).getLast().detail()).endsWith("(nộp muộn, hạn 26/10/2021)");
    }

    @Test
    void noNewVersionOnceAcceptedOrRefused() {
        fixture.as(healthAccount, () -> submissions.upload(healthTopic, "a.pdf", SampleFiles.pdf("a", 1), null));
        fixture.committee(() -> {
            reviews.decide(healthTopic, submissions.detail(healthTopic).contribution().version(), ReviewDecision.ACCEPT, null);
            return null;
        });
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> submissions.upload(healthTopic, "b.pdf",
                SampleFiles.pdf("b", 1), null)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Tham luận đang ở trạng thái «Đã chấp nhận»: không gửi thêm bản mới được.");
        fixture.as(policeAccount, () -> submissions.upload(policeTopic, "c.pdf", SampleFiles.pdf("c", 1), null));
        fixture.committee(() -> {
            reviews.decide(policeTopic, submissions.detail(policeTopic).contribution().version(), ReviewDecision.REFUSE,
                    "Trùng nội dung với tham luận của Sở Y tế.");
            return null;
        });
        assertThatThrownBy(() -> fixture.as(policeAccount, () -> submissions.upload(policeTopic, "d.pdf",
                SampleFiles.pdf("d", 1), null))).isInstanceOf(ValidationException.class).hasMessageContaining("không gửi thêm");
        assertThat(fixture.as(policeAccount, () -> submissions.detail(policeTopic)).versions()).hasSize(1);
    }

    @Test
    void theSpeakerIsNamedWithMinutesAndARemotePointOrTheHall() {
        List<MeetingPoint> all = fixture.committee(() -> points.list(conference));
        MeetingPoint remote = all.stream().filter(p -> !p.hall()).findFirst().orElseThrow();
        MeetingPoint hall = all.stream().filter(MeetingPoint::hall).findFirst().orElseThrow();
        int v = fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution().version();
        fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, v, new SpeakerDraft("  Trần  Văn Bình ", "Bác sĩ, Khoa Hồi sức tích cực",
                    8, remote.id()));
            return null;
        });
        Contribution c = fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution();
        assertThat(c.speakerLine()).isEqualTo("Trần Văn Bình, Bác sĩ, Khoa Hồi sức tích cực");
        assertThat(c.speakerMinutes()).isEqualTo(8);
        assertThat(c.speaksFromPointName()).isEqualTo(remote.name());

        fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, c.version(), new SpeakerDraft("Trần Văn Bình", null, 8, hall.id()));
            return null;
        });
        assertThat(fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution().speaksFromPointId())
                .as("the hall is stored as no point").isNull();
        int stale = c.version();
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, stale, new SpeakerDraft("Ai đó", null, 500, null));
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("minutes", "Số phút trình bày phải từ 1 đến 120."));
    }

    /** Decision 027: a withdrawn point takes no new speaker; the contribution already speaking from it keeps it. */
    @Test
    void aWithdrawnPointTakesNoNewSpeakerButTheOneThereKeepsIt() {
        List<MeetingPoint> remotes = fixture.committee(() -> points.list(conference)).stream().filter(p -> !p.hall())
                .toList();
        MeetingPoint kept = remotes.get(0);
        MeetingPoint other = remotes.get(1);
        int v = fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution().version();
        fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, v, new SpeakerDraft("Trần Văn Bình", null, 8, kept.id()));
            return null;
        });
        fixture.committee(() -> bulk.withdraw(conference, List.of(kept.id(), other.id())));

        Contribution c = fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution();
        fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, c.version(), new SpeakerDraft("Trần Văn Bình", null, 9, kept.id()));
            return null;
        });
        Contribution edited = fixture.as(healthAccount, () -> submissions.detail(healthTopic)).contribution();
        assertThat(edited.speaksFromPointId()).isEqualTo(kept.id());
        assertThatThrownBy(() -> fixture.as(healthAccount, () -> {
            submissions.setSpeaker(healthTopic, edited.version(), new SpeakerDraft("Trần Văn Bình", null, 9, other.id()));
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("pointId", other.name() + " đã rút khỏi hội nghị: chọn điểm cầu khác để phát biểu."));
    }

    /** A service like the application's, on a clock stopped at that instant. */
    private SubmissionService at(Instant now) {
        return new SubmissionService(contributionRepository, contributionReader, versionRepository, fileRepository,
                fileCheck, points, access, agenda, auditLog, Clock.fixed(now, Times.VIETNAM));
    }
}
