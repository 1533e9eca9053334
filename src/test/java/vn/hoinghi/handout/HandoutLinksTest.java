package vn.hoinghi.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.handout.HandoutFixture.Conference;
import vn.hoinghi.submission.SampleFiles;

/**
 * Issue 23's "done when": a delegate of group X neither sees nor can open a document published only to group Y, while
 * Y's delegate can — over HTTP, as a phone asks for it. And the link's other guards: the hall, the expiry, a forged
 * or altered link, a reissued code, unpublishing; downloads counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@WithAnonymousUser
class HandoutLinksTest {

    @LocalServerPort int port;
    @Autowired HandoutFixture fixture;
    @Autowired HandoutService handouts;
    @Autowired HandoutLinks links;
    @Autowired AgendaService agendas;

    private final HttpClient http = HttpClient.newHttpClient();
    private static final byte[] PDF = SampleFiles.pdf("Tài liệu hội nghị", 2);

    @Test
    void aDelegateOfGroupXNeitherSeesNorOpensADocumentPublishedOnlyToGroupY() throws Exception {
        Conference c = fixture.conference();
        long forY = fixture.published(c.id(), "Báo cáo khối doanh nghiệp", PDF, HandoutAudience.GROUPS, Set.of(c.groupY()));

        List<DelegateHandout> binhSees = handouts.forDelegate(fixture.code(c.binh()));
        assertThat(binhSees).extracting(DelegateHandout::id).containsExactly(forY);
        HttpResponse<byte[]> binhOpens = get(binhSees.getFirst().url());
        assertThat(binhOpens.statusCode()).isEqualTo(200);
        assertThat(binhOpens.body()).isEqualTo(PDF);
        assertThat(binhOpens.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(binhOpens.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(binhOpens.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("inline").contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20kh%E1%BB%91i%20doanh%20nghi%E1%BB%87p.pdf"));

        assertThat(handouts.forDelegate(fixture.code(c.an()))).isEmpty();
        // Not even a genuinely signed link of An's own opens it: the audience is checked again at the download.
        Delegate an = fixture.delegate(c.an());
        String ansLink = fixture.committee(() -> links.link(c.id(), forY, an.id(), an.qrSerial(), soon()));
        assertThat(get(ansLink).statusCode()).isEqualTo(404);
        // Nor Bình's link with An's id put in it.
        String swapped = binhSees.getFirst().url().replaceFirst("\\." + Long.toString(c.binh(), 36) + "\\.",
                "." + Long.toString(c.an(), 36) + ".");
        assertThat(swapped).isNotEqualTo(binhSees.getFirst().url());
        HttpResponse<byte[]> refused = get(swapped);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).isEmpty();
    }

    @Test
    void aHallOnlyDocumentIsForTheHallNotForAPointsDelegateAndAllDocumentsForEveryoneInTheCommitteesOrder() throws Exception {
        Conference c = fixture.conference();
        long forAll = fixture.published(c.id(), "Chương trình", PDF, HandoutAudience.ALL, Set.of());
        long hallOnly = fixture.published(c.id(), "Sơ đồ hội trường", PDF, HandoutAudience.HALL, Set.of());
        fixture.committee(() -> {
            handouts.move(c.id(), hallOnly, -1);
            return null;
        });

        assertThat(handouts.forDelegate(fixture.code(c.an()))).extracting(DelegateHandout::id).containsExactly(hallOnly, forAll);
        List<DelegateHandout> cuongSees = handouts.forDelegate(fixture.code(c.cuong()));
        assertThat(cuongSees).extracting(DelegateHandout::id).containsExactly(forAll);
        assertThat(get(cuongSees.getFirst().url()).statusCode()).isEqualTo(200);
        Delegate cuong = fixture.delegate(c.cuong());
        assertThat(get(fixture.committee(() -> links.link(c.id(), hallOnly, cuong.id(), cuong.qrSerial(), soon())))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredALinkAlteredOrMadeUpOrAnotherMethodIsA404WithNoHint() throws Exception {
        Conference c = fixture.conference();
        long doc = fixture.published(c.id(), "Tài liệu", PDF, HandoutAudience.ALL, Set.of());
        Delegate an = fixture.delegate(c.an());
        String good = handouts.forDelegate(fixture.code(c.an())).getFirst().url();
        assertThat(get(good).statusCode()).isEqualTo(200);

        String expired = fixture.committee(() -> links.link(c.id(), doc, an.id(), an.qrSerial(), Instant.now().minusSeconds(5)));
        char last = good.charAt(good.length() - 1);
        String altered = good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String link : List.of(expired, altered, HandoutLinks.PREFIX + "1.2.3.4.abcdefghijklmnopqrstuv", HandoutLinks.PREFIX + "abc",
                HandoutLinks.PREFIX)) {
            HttpResponse<byte[]> answer = get(link);
            assertThat(answer.statusCode()).as(link).isEqualTo(404);
            assertThat(answer.body()).as(link).isEmpty();
        }
        HttpResponse<byte[]> posted = http.send(HttpRequest.newBuilder(uri(good))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(posted.statusCode()).isEqualTo(404);
    }

    @Test
    void aReissuedCodeVoidsTheOldLinksAndUnpublishingVoidsEveryLink() throws Exception {
        Conference c = fixture.conference();
        long doc = fixture.published(c.id(), "Tài liệu", PDF, HandoutAudience.ALL, Set.of());
        String oldCode = fixture.code(c.an());
        String oldLink = handouts.forDelegate(oldCode).getFirst().url();
        String binhsLink = handouts.forDelegate(fixture.code(c.binh())).getFirst().url();

        fixture.reissue(c.an());

        assertThat(get(oldLink).statusCode()).isEqualTo(404);
        assertThat(handouts.forDelegate(oldCode)).isEmpty();
        String newLink = handouts.forDelegate(fixture.code(c.an())).getFirst().url();
        assertThat(get(newLink).statusCode()).isEqualTo(200);

        fixture.committee(() -> {
            handouts.unpublish(c.id(), doc);
            return null;
        });
        assertThat(get(newLink).statusCode()).isEqualTo(404);
        assertThat(get(binhsLink).statusCode()).isEqualTo(404);
        assertThat(handouts.forDelegate(fixture.code(c.binh()))).isEmpty();
    }

    @Test
    void downloadsAreCountedPerDelegate() throws Exception {
        Conference c = fixture.conference();
        long doc = fixture.published(c.id(), "Tài liệu", PDF, HandoutAudience.ALL, Set.of());
        String an = handouts.forDelegate(fixture.code(c.an())).getFirst().url();
        String binh = handouts.forDelegate(fixture.code(c.binh())).getFirst().url();

        get(an);
        get(an);
        get(binh);

        Handout counted = fixture.committee(() -> handouts.list(c.id())).getFirst();
        assertThat(counted.id()).isEqualTo(doc);
        assertThat(counted.downloaders()).isEqualTo(2);
        assertThat(counted.downloads()).isEqualTo(3);
    }

    @Test
    void theProgrammeIsMadeAtTheDownloadOnceThereIsOne() throws Exception {
        Conference c = fixture.conference();
        assertThatThrownBy(() -> fixture.committee(() -> handouts.addMade(c.id(), HandoutKind.PROGRAMME, "Chương trình hội nghị")))
                .isInstanceOf(ValidationException.class);
        long programme = fixture.committee(() -> {
            agendas.addTemplate(c.id(), agendas.agenda(c.id()).version(), false);
            long id = handouts.addMade(c.id(), HandoutKind.PROGRAMME, "Chương trình hội nghị");
            handouts.publish(c.id(), id);
            return id;
        });

        DelegateHandout seen = handouts.forDelegate(fixture.code(c.cuong())).getFirst();
        assertThat(seen.id()).isEqualTo(programme);
        assertThat(seen.fileName()).isEqualTo("Chương trình hội nghị.pdf");
        assertThat(seen.sizeBytes()).isNull();
        HttpResponse<byte[]> pdf = get(seen.url());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private Instant soon() {
        return Instant.now().plusSeconds(600);
    }

    private URI uri(String link) {
        return URI.create("http://localhost:" + port + link);
    }

    private HttpResponse<byte[]> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
