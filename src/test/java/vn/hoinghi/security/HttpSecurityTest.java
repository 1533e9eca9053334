package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;

/**
 * What the app answers over HTTP, through the real server: the login form's CSRF check, the cookies' flags behind an
 * HTTPS reverse proxy and over plain HTTP, the Content-Security-Policy header, and error pages without internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpSecurityTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;
    @Autowired ConferenceService conferences;
    @Autowired ScreenLinkService screenLinks;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedWithAPlainErrorPage() throws Exception {
        String user = accounts.ensure("csrf-nguoi-dung", AppRoles.STAFF);
        String session = sessionCookie(get("/login", false));

        HttpResponse<String> refused = post("/login", session, "username=" + user + "&password=" + TestAccounts.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertNoInternals(refused.body());
        assertThat(refused.body()).contains("Không thực hiện được yêu cầu");
    }

    @Test
    void theLoginFormsOwnTokenLogsIn() throws Exception {
        String user = accounts.ensure("csrf-dang-nhap", AppRoles.STAFF);
        HttpResponse<String> page = get("/login", false);
        String session = sessionCookie(page);
        Matcher meta = META.matcher(page.body());
        String parameter = null;
        String token = null;
        while (meta.find()) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                token = meta.group(2);
            }
        }
        assertThat(parameter).as("the page carries Spring's token for the login form").isNotNull();

        HttpResponse<String> loggedIn = post("/login", session, "username=" + user + "&password="
                + TestAccounts.PASSWORD + "&" + parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void behindAProxyTheLoginThrottleCountsTheForwardedClientAddress() throws Exception {
        String user = accounts.ensure("proxy-khoa", AppRoles.STAFF);
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            assertThat(loginVia("203.0.113.21", user, "sai-mat-khau-" + i)).endsWith("/login?error");
        }
        assertThat(loginVia("203.0.113.21", user, TestAccounts.PASSWORD)).as("locked for that client")
                .endsWith("/login?error");
        assertThat(loginVia("203.0.113.22", user, TestAccounts.PASSWORD)).as("another client behind the same proxy")
                .doesNotContain("error");
    }

    @Test
    void behindAnHttpsProxyTheCookiesAreSecureAndSameSiteAndOverPlainHttpOnlySameSite() throws Exception {
        String proxied = setCookie(get("/login", true), "JSESSIONID");
        assertThat(proxied).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        String plain = setCookie(get("/login", false), "JSESSIONID");
        assertThat(plain).doesNotContain("Secure").contains("HttpOnly").contains("SameSite=Lax");

        long conference = runAs.committee("csrf-btc", () -> conferences.create(TestData.conference("Cookie màn hình")));
        String token = runAs.committee("csrf-btc", () -> screenLinks.create(conference, ScreenKind.HALL, null, "Hội trường"))
                .token();
        HttpResponse<String> screen = get("/s/" + token, true);
        assertThat(screen.statusCode()).isEqualTo(302);
        assertThat(screen.headers().firstValue("Location").orElseThrow()).startsWith("https://");
        assertThat(setCookie(screen, ScreenLinkFilter.COOKIE)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(setCookie(get("/s/" + token, false), ScreenLinkFilter.COOKIE)).doesNotContain("Secure")
                .contains("SameSite=Lax");
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() throws Exception {
        String policy = get("/login", false).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
    }

    @Test
    void aMissingPageOutsideTheAppShowsNoInternals() throws Exception {
        HttpResponse<String> missing = get("/VAADIN/khong-co-tep-nay.js", false);
        assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
        assertNoInternals(missing.body());
    }

    /** A login through the form, as a client behind the local reverse proxy; returns where the app sends it. */
    private String loginVia(String client, String user, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html").header("X-Forwarded-For", client).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> meta = new HashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        String form = "username=" + user + "&password=" + password + "&" + meta.get("_csrf_parameter") + "="
                + URLEncoder.encode(meta.get("_csrf"), StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("Cookie", sessionCookie(page)).header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(302);
        return done.headers().firstValue("Location").orElseThrow();
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at vn.hoinghi")
                .doesNotContain("trace").doesNotContain("Whitelabel");
    }

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET();
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String sessionCookie, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Cookie", sessionCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return setCookie(response, "JSESSIONID").split(";", 2)[0];
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }
}
