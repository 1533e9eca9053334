package vn.hoinghi.checkin.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.DeviceScan;
import vn.hoinghi.checkin.ScannerService;
import vn.hoinghi.delegate.Delegate;

/** POST /api/scan: kiosks and handheld scanners check a code in. Described in /api/openapi.yaml. */
@RestController
class ScanController {

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

    private final ScannerService scanner;

    ScanController(ScannerService scanner) {
        this.scanner = scanner;
    }

    @PostMapping(path = "/api/scan", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> scan(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                           @RequestBody ScanRequest request) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        return scanner.scan(token, request.code(), request.requestId(), request.health())
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(response(r)))
                .orElseGet(() -> ResponseEntity.status(401).body(new Problem("unauthorized",
                        "Thiết bị chưa được đăng ký hoặc đã bị thu hồi.")));
    }

    /** A body that is not the JSON above: the device is told, nothing is stored. */
    @org.springframework.web.bind.annotation.ExceptionHandler(
            org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable() {
        return ResponseEntity.badRequest().body(new Problem("bad_request", "Nội dung yêu cầu không đúng định dạng JSON {\"code\": …}."));
    }

    private static ScanResponse response(DeviceScan scan) {
        CheckinResult r = scan.result();
        return new ScanResponse(r.reason().apiCode(), DelegateView.of(r.delegate()),
                r.checkin() == null ? null : r.checkin().at(), r.checkin() == null ? null : r.checkin().gate(),
                scan.questions());
    }
}
