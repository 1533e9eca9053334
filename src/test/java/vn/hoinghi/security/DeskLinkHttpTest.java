package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;

/**
 * A desk link over HTTP (decision 026): its short code opens the point's desk however it is typed; guessing codes
 * locks the guessing address, not the others; a phone whose link was revoked meets the closed page at its next page
 * load, its cookie kept until then so it is not sent to the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskLinkHttpTest {

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired PointService points;
    @Autowired ScreenLinkService screenLinks;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String deskCode() {
        return runAs.committee("btc-the", () -> {
            long conference = fixture.conferenceWithPoints();
            MeetingPoint point = points.list(conference).stream().filter(p -> !p.hall()).findFirst().orElseThrow();
            return screenLinks.create(conference, ScreenKind.DESK, point.id(), "Bàn " + point.name()).token();
        });
    }

    @Test
    void theShortCodeOpensTheDeskTypedInSmallLettersAndWithoutDashes() throws Exception {
        String code = deskCode();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").doesNotContainPattern("[01OIL]");

        HttpResponse<String> opened = get("/s/" + code.toLowerCase().replace("-", ""), "198.51.100.1", null);

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/screen/desk");
    }

    @Test
    void fiveWrongCodesLockThatAddressOnlyEvenForARightOne() throws Exception {
        String code = deskCode();
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            assertThat(get("/s/AAAA-BBBB-CC" + (22 + i), "198.51.100.66", null).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> locked = get("/s/" + code, "198.51.100.66", null);
        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(locked.body()).contains("hn-screen-closed");
        assertThat(get("/s/" + code, "198.51.100.67", null).statusCode()).as("another address").isEqualTo(302);
    }

    @Test
    void aRevokedPhoneMeetsTheClosedPageNotTheSignInPage() throws Exception {
        String code = deskCode();
        HttpResponse<String> opened = get("/s/" + code, "198.51.100.2", null);
        String session = cookie(opened, "JSESSIONID");
        String screenCookie = cookie(opened, ScreenLinkFilter.COOKIE);
        String both = session + "; " + screenCookie;
        String desk = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(get(desk, "198.51.100.2", both).statusCode()).isEqualTo(200);

        ScreenPass pass = screenLinks.signIn(code).orElseThrow();
        runAs.committee("btc-the", () -> {
            screenLinks.revoke(pass.linkId());
            return null;
        });

        // the phone's next action is one of Vaadin's requests: its session ends, its cookie stays
        HttpResponse<String> action = get("/?v-r=uidl&v-uiId=0", "198.51.100.2", both);
        assertThat(action.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(ScreenLinkFilter.COOKIE + "="));
        // Vaadin then reloads the page, which shows why
        HttpResponse<String> reload = get(desk, "198.51.100.2", screenCookie);
        assertThat(reload.statusCode()).isEqualTo(403);
        assertThat(reload.body()).contains("Màn hình này không còn được mở");
    }

    private HttpResponse<String> get(String path, String client, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("X-Forwarded-For", client).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies)).split(";", 2)[0];
    }
}
