package vn.hoinghi.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/** A kiosk talks to the app over HTTP, as it will on the day. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScanApiTest {

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired ScannerService scanners;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired HealthSettingsService healthSettings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRegisteredKioskChecksInAndIsToldWhenSomeoneWasAlreadyIn() throws Exception {
        String[] setup = runAs.committee("bantochuc-api", () -> {
            long conference = fixture.conferenceWithDelegates();
            var tam = delegates.list(conference, new DelegateFilter("Mai Công Tâm", null, null, null, null, null, false)).getFirst();
            return new String[] {scanners.register(conference, "Kiosk 1", "Cổng chính").token(), codes.code(tam)};
        });
        String token = setup[0];
        String code = setup[1];

        HttpResponse<String> first = post(token, "{\"code\":\"" + code + "\",\"requestId\":\"k1-0001\"}");
        HttpResponse<String> retry = post(token, "{\"code\":\"" + code + "\",\"requestId\":\"k1-0001\"}");
        HttpResponse<String> second = post(token, "{\"code\":\"" + code + "\",\"requestId\":\"k1-0002\"}");
        HttpResponse<String> forged = post(token, "{\"code\":\"" + code.substring(0, code.length() - 2) + "xx\"}");
        HttpResponse<String> stranger = post("sai-ma-thiet-bi", "{\"code\":\"" + code + "\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"result\":\"ok\"", "\"fullName\":\"Mai Công Tâm\"", "\"gate\":\"Cổng chính\"");
        assertThat(retry.body()).contains("\"result\":\"ok\"");
        assertThat(second.body()).contains("\"result\":\"already\"");
        assertThat(forged.body()).contains("\"result\":\"invalid\"");
        assertThat(stranger.statusCode()).isEqualTo(401);
    }

    @Test
    void aKioskSendsTheHealthDeclarationAnswersWithTheCodeWhenTheConferenceAsksForThem() throws Exception {
        String[] setup = runAs.committee("bantochuc-api-yte", () -> {
            long conference = fixture.conferenceWithDelegates();
            var tam = delegates.list(conference, new DelegateFilter("Mai Công Tâm", null, null, null, null, null, false)).getFirst();
            var an = delegates.list(conference, new DelegateFilter("Đinh Hữu An", null, null, null, null, null, false)).getFirst();
            var kien = delegates.list(conference, new DelegateFilter("Trương Quốc Kiên", null, null, null, null, null, false)).getFirst();
            String token = scanners.register(conference, "Kiosk y tế", "Cổng chính").token();
            return new String[] {token, codes.code(tam), codes.code(an), codes.code(kien), String.valueOf(conference)};
        });
        String token = setup[0];

        HttpResponse<String> off = post(token, "{\"code\":\"" + setup[3] + "\",\"health\":[true]}");
        assertThat(off.body()).as("setting off: as before, no questions").contains("\"result\":\"ok\"")
                .doesNotContain("questions");

        runAs.committee("bantochuc-api-yte", () -> {
            healthSettings.save(Long.parseLong(setup[4]), 0, true, HealthSettings.DEFAULT_QUESTIONS);
            return null;
        });
        HttpResponse<String> missing = post(token, "{\"code\":\"" + setup[1] + "\"}");
        HttpResponse<String> ok = post(token, "{\"code\":\"" + setup[1] + "\",\"health\":[false,false,false]}");
        HttpResponse<String> yes = post(token, "{\"code\":\"" + setup[2] + "\",\"health\":[false,true,false]}");

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("\"result\":\"declaration_required\"", "\"fullName\":\"Mai Công Tâm\"",
                "\"questions\":[\"Trong 14 ngày qua, ông/bà có đến hoặc đi qua vùng có dịch không?\"",
                "\"checkedInAt\":null");
        assertThat(ok.body()).contains("\"result\":\"ok\"", "\"gate\":\"Cổng chính\"").doesNotContain("questions");
        assertThat(yes.body()).contains("\"result\":\"refer_medical\"", "\"fullName\":\"Đinh Hữu An\"", "\"checkedInAt\":null");
    }

    @Test
    void aRevokedKioskIsTurnedAwayAtOnceThoughItsTokenWasJustUsed() throws Exception {
        String[] setup = runAs.committee("bantochuc-api", () -> {
            long conference = fixture.conferenceWithDelegates();
            var someone = delegates.list(conference, DelegateFilter.all()).getFirst();
            var registered = scanners.register(conference, "Kiosk 2", "Cổng phụ");
            return new String[] {registered.token(), codes.code(someone), Long.toString(registered.device().id())};
        });
        HttpResponse<String> before = post(setup[0], "{\"code\":\"" + setup[1] + "\"}");
        runAs.committee("bantochuc-api", () -> {
            scanners.revoke(Long.parseLong(setup[2]));
            return null;
        });
        HttpResponse<String> after = post(setup[0], "{\"code\":\"" + setup[1] + "\"}");

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(after.statusCode()).as("the device remembered for the last scan is forgotten on revoke").isEqualTo(401);
    }

    @Test
    void aRequestThatIsNotTheDocumentedJsonIsRefusedWithAMessage() throws Exception {
        long conference = runAs.committee("bantochuc-api", fixture::conferenceWithDelegates);
        String token = runAs.committee("bantochuc-api", () -> scanners.register(conference, "Kiosk 3", "Cổng phụ").token());
        var two = runAs.committee("bantochuc-api", () -> delegates.list(conference, DelegateFilter.all()).stream()
                .limit(2).map(codes::code).toList());

        HttpResponse<String> first = post(token, "{\"code\":\"" + two.get(0) + "\",\"requestId\":\"k3-1\"}");
        HttpResponse<String> reused = post(token, "{\"code\":\"" + two.get(1) + "\",\"requestId\":\"k3-1\"}");
        HttpResponse<String> broken = post(token, "{\"code\": ");
        HttpResponse<String> text = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("abc")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(first.body()).contains("\"result\":\"ok\"");
        assertThat(reused.statusCode()).as("a request id used for another delegate").isEqualTo(409);
        assertThat(reused.body()).contains("\"error\":\"request_id_reused\"", "requestId riêng");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"error\":\"bad_request\"", "không đúng định dạng JSON");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("Content-Type: application/json");
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/openapi.yaml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/scan", "other_conference", "declaration_required", "refer_medical");
    }

    private HttpResponse<String> post(String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
