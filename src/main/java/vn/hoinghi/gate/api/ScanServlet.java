package vn.hoinghi.gate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.base.Texts;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.DeviceScan;
import vn.hoinghi.checkin.RequestIdReusedException;
import vn.hoinghi.gate.ScannerDevice;
import vn.hoinghi.gate.ScannerService;
import vn.hoinghi.delegate.Delegate;

/**
 * POST /api/scan: kiosks and handheld scanners check a code in; described in /api/openapi.yaml. A plain servlet, not
 * a Spring MVC controller: it is the request forty gates send at once, and the dispatcher's handler lookup, content
 * negotiation and message converters cost as much CPU per scan as the check-in itself (decision 013). Tomcat hands it
 * the requests before its servlet filters ({@link ScanValve}). The device is authorised by {@link ScannerService} from
 * its token.
 */
class ScanServlet extends HttpServlet {

    static final String PATH = "/api/scan";

    /** A scan is a code (an invitation link at most), a request id and a few answers: a few hundred bytes. */
    static final int MAX_BODY = 4 * 1024;
    /** "Bearer " and a 32-character token; a longer header is refused before anything else is done with it. */
    static final int MAX_AUTHORIZATION = 256;

    /** {@code health}: the health declaration answers, in the order of the questions (true = "có"); optional. */
    record ScanRequest(String code, String requestId, List<Boolean> health) {
    }

    record DelegateView(long id, String fullName, String honorific, String title, String unit, String group,
                        String seat, String point, boolean atHall, String substitute) {

        static DelegateView of(Delegate d) {
            return d == null ? null : new DelegateView(d.id(), d.fullName(), d.honorific(), d.title(), d.unitName(),
                    d.groupName(), d.seat(), d.pointName(), d.atHall(), d.substituteName());
        }
    }

    /** {@code questions} only with "declaration_required": what the kiosk must ask before sending the code again. */
    record ScanResponse(String result, DelegateView delegate, Instant checkedInAt, String gate,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> questions) {
    }

    record Problem(String error, String message) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScanServlet.class);
    private final transient ScannerService scanner;
    private final transient ObjectReader requests;
    private final transient ObjectWriter answers;

    ScanServlet(ScannerService scanner, JsonMapper json) {
        this.scanner = scanner;
        this.requests = json.readerFor(ScanRequest.class);
        this.answers = json.writer();
    }

    /** Other methods are answered here, not by the container's error page (which would send a device to the login). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws jakarta.servlet.ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            send(response, 405, new Problem("method_not_allowed", Texts.t("gate.api.postOnly")));
            return;
        }
        super.service(request, response);
    }

    /**
     * In this order, so that a stranger costs no more than a header: the token (before any byte of the body is read),
     * the content type, the body's size (at most {@link #MAX_BODY} bytes are read), its JSON, then the scan.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > MAX_AUTHORIZATION) {
            send(response, 400, new Problem("bad_request", Texts.t("gate.api.authorizationTooLong")));
            return;
        }
        Optional<ScannerDevice> device = scanner.device(authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7) : null);
        if (device.isEmpty()) {
            send(response, 401, new Problem("unauthorized", Texts.t("gate.api.unknownDevice")));
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(response, 415, new Problem("unsupported_media_type", Texts.t("gate.api.notJsonType")));
            return;
        }
        byte[] body;
        try {
            body = request.getContentLengthLong() > MAX_BODY ? null : request.getInputStream().readNBytes(MAX_BODY + 1);
        } catch (IOException e) { // a broken chunked body, or the device gave up while sending
            send(response, 400, new Problem("bad_request", Texts.t("gate.api.unreadableBody")));
            return;
        }
        if (body == null || body.length > MAX_BODY) {
            send(response, 413, new Problem("payload_too_large", Texts.t("gate.api.bodyTooLarge",
                    String.valueOf(MAX_BODY))));
            return;
        }
        ScanRequest scan = parse(body);
        if (scan == null) {
            send(response, 400, new Problem("bad_request", Texts.t("gate.api.notJson")));
            return;
        }
        if (scan.code() == null || scan.code().isBlank()) {
            send(response, 400, new Problem("bad_request", Texts.t("gate.api.codeMissing")));
            return;
        }
        DeviceScan answer;
        try {
            answer = scanner.scan(device.get(), scan.code(), scan.requestId(), scan.health());
        } catch (RequestIdReusedException e) {
            send(response, 409, new Problem("request_id_reused", Texts.t("gate.api.requestIdReused")));
            return;
        } catch (RuntimeException e) {
            log.warn("A scan could not be stored: {}", e.toString());
            send(response, 503, new Problem("unavailable", Texts.t("gate.api.notStored")));
            return;
        }
        send(response, 200, of(answer));
    }

    /** A request the container could not parse: its headers were too long or malformed. */
    void refuseMalformed(HttpServletResponse response) throws IOException {
        send(response, 400, new Problem("bad_request", Texts.t("gate.api.malformed")));
    }

    /** The request, or null when it is not the documented JSON object (wrong types, nesting, not JSON at all). */
    private ScanRequest parse(byte[] body) {
        try {
            return requests.readValue(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] json = answers.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store"); // names of delegates: kept by no cache on the way
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static ScanResponse of(DeviceScan scan) {
        CheckinResult r = scan.result();
        return new ScanResponse(r.reason().apiCode(), DelegateView.of(r.delegate()),
                r.checkin() == null ? null : r.checkin().at(), r.checkin() == null ? null : r.checkin().gate(),
                scan.questions());
    }
}
