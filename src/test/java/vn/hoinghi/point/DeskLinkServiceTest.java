package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.SCREEN_LINK;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.point.DeskLinkService.Issue;
import vn.hoinghi.point.DeskLinkService.Issued;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;
import vn.hoinghi.security.SecretTokens;

/**
 * The points' sign-in links for a commune-scale conference (the 2025 sheet: the hall and 78 communes): one link per
 * remote point, their cards in one PDF, a mail per technician with an address; only hashes stored.
 */
@IntegrationTest
class DeskLinkServiceTest {

    private static final Pattern CODE = Pattern.compile("/s/([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static final int REMOTE = 78;

    @Autowired DeskLinkService deskLinks;
    @Autowired ScreenLinkService links;
    @Autowired PointImportService importer;
    @Autowired PointService points;
    @Autowired ConferenceService conferences;
    @Autowired MailService mail;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;
    @Autowired RunAs runAs;

    long conference;
    List<MeetingPoint> remote;

    private <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    @BeforeEach
    void theQuangTri2025PointsThreeOfThemWithATechniciansAddress() throws IOException {
        conference = committee(() -> conferences.create(TestData.conference(TestData.unique("Hội nghị cấp xã"))));
        byte[] sheet;
        try (InputStream in = getClass().getResourceAsStream("/demo/quang-tri-2025/diem-cau.csv")) {
            sheet = in.readAllBytes();
        }
        committee(() -> {
            importer.commit(conference, importer.preview(conference, "diem-cau.csv", sheet));
            return null;
        });
        remote = committee(() -> points.list(conference)).stream().filter(p -> !p.hall()).toList();
        assertThat(remote).hasSize(REMOTE);
        for (int i = 0; i < 3; i++) {
            MeetingPoint p = remote.get(i * 10);
            committee(() -> {
                points.update(p.id(), p.version(), new PointDraft(p.name(), p.hostUnitName(), p.room(), p.technician(),
                        p.technicianPhone(), p.expectedAttendees(), p.meetingLink(), p.cluster(), p.kind(),
                        "kythuat" + p.id() + "@quangtri.gov.vn"));
                return null;
            });
        }
    }

    @Test
    void oneLinkPerRemotePointHashedOnlyTheCardsInOnePdfAndAMailPerTechnicianWithAnAddress() throws IOException {
        Issued issued = committee(() -> deskLinks.issue(conference, Issue.MISSING, true));

        assertThat(issued.made()).isEqualTo(REMOTE);
        PdfAssertions.save(issued.pdf(), "the-dang-nhap-diem-cau.pdf");
        String text = text(issued.pdf(), (REMOTE + 7) / 8);
        List<String> codes = codes(text);
        assertThat(codes).hasSize(REMOTE).doesNotHaveDuplicates();
        assertThat(text).contains(remote.stream().map(MeetingPoint::name).toArray(String[]::new))
                .contains("Cụm: Thành phố Đồng Hới", "Kỹ thuật: Lê Thị Hồng Hiền · ĐT 0336533278");
        assertThat(text).contains(codes.stream().map(c -> "http://localhost:8080/s/" + c).toArray(String[]::new));

        List<String> stored = tx.execute(s -> dsl.select(SCREEN_LINK.TOKEN_HASH).from(SCREEN_LINK)
                .where(SCREEN_LINK.CONFERENCE_ID.eq(conference)).fetch(SCREEN_LINK.TOKEN_HASH));
        assertThat(stored).hasSize(REMOTE)
                .containsExactlyInAnyOrderElementsOf(codes.stream().map(c -> SecretTokens.hash(c.replace("-", ""))).toList());
        String everythingStored = tx.execute(s -> dsl.selectFrom(SCREEN_LINK)
                .where(SCREEN_LINK.CONFERENCE_ID.eq(conference)).fetch().formatCSV());
        assertThat(everythingStored).doesNotContain(codes.getFirst()).doesNotContain(codes.getFirst().replace("-", ""));
        assertThat(PdfAssertions.qrCodes(issued.pdf(), 1)).as("each card's QR opens its link (read in any order)")
                .containsExactlyInAnyOrderElementsOf(codes.subList(0, 8).stream().map(c -> "http://localhost:8080/s/" + c).toList());

        ScreenPass pass = links.signIn(codes.getFirst().toLowerCase().replace("-", " ")).orElseThrow();
        assertThat(pass.kind()).isEqualTo(ScreenKind.DESK);
        assertThat(pass.conferenceId()).isEqualTo(conference);
        assertThat(pass.pointId()).as("the first card is the first commune's").isEqualTo(remote.getFirst().id());

        List<OutboxMail> mails = committee(() -> mail.outbox(conference));
        assertThat(mails).hasSize(3).allSatisfy(m -> assertThat(m.hasAttachment()).isTrue());
        for (int i = 0; i < 3; i++) {
            MeetingPoint p = remote.get(i * 10);
            OutboxMail m = mails.stream().filter(x -> x.recipient().equals("kythuat" + p.id() + "@quangtri.gov.vn"))
                    .findFirst().orElseThrow();
            assertThat(m.subject()).contains(p.name());
            // The mail's link opens that technician's own point (the PDF's text order says nothing of card order).
            String mailed = codes.stream().filter(c -> m.body().contains("http://localhost:8080/s/" + c)).findFirst()
                    .orElseThrow();
            assertThat(links.signIn(mailed).orElseThrow().pointId()).isEqualTo(p.id());
        }
    }

    @Test
    void makingForThePointsWithoutALinkMakesNoneTwiceAndReissuingEndsTheOldOnes() {
        Issued first = committee(() -> deskLinks.issue(conference, Issue.MISSING, false));
        List<String> old = codes(text(first.pdf(), (REMOTE + 7) / 8));

        Issued again = committee(() -> deskLinks.issue(conference, Issue.MISSING, false));
        assertThat(again.made()).isZero();
        assertThat(again.pdf()).isNull();
        assertThat(committee(() -> mail.outbox(conference))).isEmpty();

        committee(() -> {
            deskLinks.revoke(conference, remote.get(5).id());
            return null;
        });
        Issued missing = committee(() -> deskLinks.issue(conference, Issue.MISSING, false));
        assertThat(missing.made()).as("only the point whose link was revoked").isOne();
        assertThat(links.signIn(old.get(5))).isEmpty();

        Issued reissued = committee(() -> deskLinks.issue(conference, Issue.REISSUE_ALL, false));
        assertThat(reissued.made()).isEqualTo(REMOTE);
        assertThat(old).allSatisfy(code -> assertThat(links.signIn(code)).isEmpty());
        assertThat(links.signIn(codes(text(reissued.pdf(), (REMOTE + 7) / 8)).get(7))).isPresent();
        assertThat(committee(() -> deskLinks.list(conference))).hasSize(REMOTE)
                .allSatisfy(l -> assertThat(l.link()).isPresent());

        assertThat(committee(() -> deskLinks.revokeAll(conference))).isEqualTo(REMOTE);
        assertThat(committee(() -> deskLinks.list(conference))).allSatisfy(l -> assertThat(l.link()).isEmpty());
    }

    private static String text(byte[] pdf, int pages) {
        assertThat(PdfAssertions.pages(pdf)).as("eight cards a page").isEqualTo(pages);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        return all.toString();
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
