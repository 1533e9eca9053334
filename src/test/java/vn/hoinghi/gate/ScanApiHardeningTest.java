package vn.hoinghi.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * A scanner device is a stranger on the network until its token says otherwise: the API reads no body before the
 * token, no more body than a scan needs, and tells a device of one conference nothing about another's delegates.
 * Requests are written byte by byte on a socket, so that nothing on the client's side tidies them up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScanApiHardeningTest {

    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired ScannerService scanners;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;

    private String token;
    private List<String> codesOfB;
    private List<String> detailsOfB;

    @BeforeEach
    void twoConferencesAndADeviceOfTheFirst() {
        runAs.committee("bantochuc-api-rao", () -> {
            long a = fixture.conferenceWithDelegates();
            long b = fixture.conferenceWithDelegates();
            token = scanners.register(a, "Kiosk A", "Cổng A").token();
            List<Delegate> ofB = delegates.list(b, DelegateFilter.all());
            codesOfB = ofB.stream().map(codes::code).toList();
            detailsOfB = new ArrayList<>();
            for (Delegate d : ofB) {
                detailsOfB.add(d.fullName());
                if (d.title() != null && d.title().length() > 12) {
                    detailsOfB.add(d.title()); // short titles ("Đại biểu") are shared with A's delegates
                }
            }
            return null;
        });
    }

    @Test
    void aGenuineCodeOfAnotherConferenceIsNamedAsSuchWithoutItsDelegate() throws Exception {
        Answer answer = post(headers("Bearer " + token), "{\"code\":\"" + codesOfB.getFirst() + "\",\"requestId\":\"b-1\"}");

        assertThat(answer.status).isEqualTo(200);
        assertThat(answer.body).contains("\"result\":\"other_conference\"", "\"delegate\":null");
        assertNothingOfB(answer);
    }

    @Test
    void withoutAValidTokenTheBodyIsNotReadHoweverLargeItSays() throws Exception {
        String huge = "{\"code\":\"" + "x".repeat(200_000) + "\"}";
        Answer stranger = post(headers("Bearer sai-ma"), huge);
        Answer none = post(headers(null), huge);

        assertThat(stranger.status).isEqualTo(401);
        assertThat(none.status).isEqualTo(401);
        assertThat(stranger.body).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void aBodyBeyondWhatAScanNeedsIsRefusedWithAMessage() throws Exception {
        Answer declared = post(headers("Bearer " + token), "{\"code\":\"" + "x".repeat(20_000) + "\"}");
        Answer chunked = send(("POST /api/scan HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + chunk("{\"code\":\"" + "y".repeat(9_000)) + chunk("\"}") + "0\r\n\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(declared.status).isEqualTo(413);
        assertThat(declared.body).contains("\"error\":\"payload_too_large\"", "quá lớn");
        assertThat(chunked.status).as("a chunked body is counted as it is read").isEqualTo(413);
    }

    @Test
    void overLongOrMalformedHeadersAreABadRequestNotAServerError() throws Exception {
        Answer longAuthorization = post(headers("Bearer " + "a".repeat(20_000)), "{\"code\":\"x\"}");
        Answer longishAuthorization = post(headers("Bearer " + "a".repeat(2_000)), "{\"code\":\"x\"}");
        Answer longOther = post(headers("Bearer " + token) + "X-Rac: " + "b".repeat(20_000) + "\r\n", "{\"code\":\"x\"}");
        Answer badLength = send(("POST /api/scan HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: mười\r\nConnection: close\r\n\r\n{}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(longAuthorization.status).isEqualTo(400);
        assertThat(longishAuthorization.status).isEqualTo(400);
        assertThat(longishAuthorization.body).contains("\"error\":\"bad_request\"", "Authorization");
        assertThat(longOther.status).isEqualTo(400);
        assertThat(badLength.status).isEqualTo(400);
    }

    @Test
    void fieldsOfTheWrongTypeOrMissingAreABadRequestWithAMessage() throws Exception {
        String auth = headers("Bearer " + token);
        assertThat(post(auth, "{\"requestId\":\"k-1\"}").body).contains("\"error\":\"bad_request\"", "code");
        assertThat(post(auth, "{\"code\":{\"a\":1}}").status).isEqualTo(400);
        assertThat(post(auth, "{\"code\":\"x\",\"health\":\"có\"}").status).isEqualTo(400);
        assertThat(post(auth, "[1,2,3]").status).isEqualTo(400);
        assertThat(post(auth, "null").status).isEqualTo(400);
        assertThat(post(auth, "[".repeat(3_000)).status).isEqualTo(400);
    }

    /**
     * Random requests — random bytes, huge and odd values, wrong JSON types, deep nesting, unicode, missing fields,
     * odd headers — with and without the device's token, and with the other conference's real codes in them: no
     * answer is a server error, and none names a delegate of the other conference. The seed is printed to replay one.
     */
    @Test
    void randomRequestsGetNoServerErrorAndNoDelegateOfAnotherConference() throws Exception {
        long seed = System.nanoTime();
        System.out.println("scan-api-fuzz seed " + seed);
        Random random = new Random(seed);
        int[] byStatus = new int[600];
        for (int i = 0; i < 400; i++) {
            String authorization = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> "Bearer " + randomText(random, random.nextInt(3) == 0 ? 12_000 : 60);
                case 2 -> randomText(random, 40);
                default -> "Bearer " + token;
            };
            byte[] request = random.nextInt(10) == 0 ? randomBytes(random)
                    : request(random, authorization, randomBody(random));
            Answer answer = send(request);
            byStatus[answer.status]++;
            assertThat(answer.status).as("request %d (seed %d): %s", i, seed, answer.body).isLessThan(500);
            assertNothingOfB(answer);
        }
        System.out.println("scan-api-fuzz answers: 200=" + byStatus[200] + " 400=" + byStatus[400] + " 401="
                + byStatus[401] + " 413=" + byStatus[413] + " 415=" + byStatus[415] + " 0(closed)=" + byStatus[0]);
        assertThat(byStatus[200]).as("some requests were scans").isPositive();
    }

    private void assertNothingOfB(Answer answer) {
        assertThat(answer.body).doesNotContain("\"fullName\"");
        for (String detail : detailsOfB) {
            assertThat(answer.body).doesNotContain(detail);
        }
    }

    private byte[] request(Random random, String authorization, String body) {
        StringBuilder head = new StringBuilder("POST /api/scan HTTP/1.1\r\nHost: localhost\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization.replace("\r", "").replace("\n", "")).append("\r\n");
        }
        head.append("Content-Type: ").append(switch (random.nextInt(8)) {
            case 0 -> "text/plain";
            case 1 -> randomText(random, 30).replace("\r", "").replace("\n", "");
            case 2 -> "application/json; charset=utf-8";
            default -> "application/json";
        }).append("\r\n");
        if (random.nextInt(12) == 0) {
            head.append("X-Rac: ").append(randomText(random, 9_000).replace("\r", "").replace("\n", "")).append("\r\n");
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        head.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        return out.toByteArray();
    }

    private String randomBody(Random random) {
        String code = codesOfB.get(random.nextInt(codesOfB.size()));
        return switch (random.nextInt(14)) {
            case 0 -> "{\"code\":\"" + code + "\"}";
            case 1 -> "{\"code\":\"" + code + "\",\"requestId\":\"" + randomText(random, 80).replace("\"", "") + "\"}";
            case 2 -> "{\"code\":\"" + code + "\",\"health\":[" + "true,".repeat(random.nextInt(40)) + "false]}";
            case 3 -> "{\"code\":" + random.nextLong() + "}";
            case 4 -> "{\"code\":[\"" + code + "\"]}";
            case 5 -> "{\"code\":\"" + code + "\",\"health\":{\"x\":" + "[".repeat(random.nextInt(2_000)) + "}";
            case 6 -> "[".repeat(random.nextInt(5_000)) + "]".repeat(random.nextInt(5_000));
            case 7 -> "{\"code\":\"" + "ảẫ𝔘\u0000\u202e".repeat(random.nextInt(2_000)) + "\"}";
            case 8 -> "{\"code\":\"" + "x".repeat(random.nextInt(30_000)) + "\"}";
            case 9 -> "{}";
            case 10 -> "{\"requestId\":" + random.nextDouble() + ",\"health\":null}";
            case 11 -> randomText(random, random.nextInt(6_000));
            case 12 -> "{\"code\":\"https://hoinghi.example/moi/" + code + "\",\"requestId\":true}";
            default -> "{\"code\":null,\"code\":\"" + code + "\",\"extra\":{\"a\":[1,2,{\"b\":\"c\"}]}}";
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 32 + random.nextInt(95));
        }
        return text.toString().replaceAll("\\p{Cs}", "?");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(5_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String headers(String authorization) {
        return authorization == null ? "" : "Authorization: " + authorization + "\r\n";
    }

    private static String chunk(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n";
    }

    private Answer post(String headers, String json) throws IOException {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/scan HTTP/1.1\r\nHost: localhost\r\n" + headers + "Content-Type: application/json\r\n"
                + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        return send(out.toByteArray());
    }

    /** The raw answer: its status (0 when the server closed without one) and everything it sent. */
    private record Answer(int status, String body) {
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput(); // random bytes may leave the server waiting for more: it gets none
            } catch (SocketException e) {
                // the server may answer and close before a large request is written: read what it said
            }
            InputStream in = socket.getInputStream();
            String raw;
            try {
                raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketException e) {
                raw = "";
            }
            Matcher m = STATUS.matcher(raw);
            return new Answer(m.lookingAt() ? Integer.parseInt(m.group(1)) : 0, raw);
        }
    }
}
