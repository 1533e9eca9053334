package vn.hoinghi.health;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.health.repository.HealthDeclarationRepository;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.DeviceCall;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.checkin.DeviceScan;
import vn.hoinghi.security.AppRoles;

/**
 * The health declaration at the gate, when the conference asks for it. Before a check-in the gate asks the
 * conference's questions; all "không" checks in, any "có" sends the delegate to the medical desk without a check-in
 * until a committee member clears them. Every declaration is stored, in the same transaction as the check-in it leads
 * to. The gate page and the scanner API both go through here; with the setting off they check in exactly as before.
 * Declarations are health data: only the committee lists them.
 */
@Service
@Transactional
public class HealthDeclarationService {

    static final HealthStep NOT_NEEDED = new HealthStep.NotNeeded();

    private final HealthDeclarationRepository declarations;
    private final HealthSettingsService settings;
    private final CheckinService checkins;
    private final DelegateCodes codes;
    private final DelegateService delegates;
    private final AuditLog auditLog;
    private final Clock clock;

    HealthDeclarationService(HealthDeclarationRepository declarations, HealthSettingsService settings,
                             CheckinService checkins, DelegateCodes codes, DelegateService delegates, AuditLog auditLog,
                             Clock clock) {
        this.declarations = declarations;
        this.settings = settings;
        this.checkins = checkins;
        this.codes = codes;
        this.delegates = delegates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Before a scanned or typed code is checked in: ask, refer, or go ahead as usual. */
    @Transactional(readOnly = true)
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public HealthStep beforeScan(long conferenceId, String scanned) {
        HealthSettings s = settings.get(conferenceId);
        if (!s.enabled()) {
            return NOT_NEEDED;
        }
        DelegateCodes.Inspection inspection = codes.inspect(scanned);
        return inspection.verdict() == DelegateCodes.Verdict.CURRENT
                ? step(conferenceId, s, inspection.delegate(), scanned) : NOT_NEEDED;
    }

    /** Before a delegate found by name or phone is checked in. */
    @Transactional(readOnly = true)
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public HealthStep beforeFound(long conferenceId, long delegateId) {
        HealthSettings s = settings.get(conferenceId);
        if (!s.enabled()) {
            return NOT_NEEDED;
        }
        return delegates.getAtTheDoor(delegateId).map(d -> step(conferenceId, s, d, null)).orElse(NOT_NEEDED);
    }

    /**
     * The answers to the questions asked (true = "có"), one per question. All "không": checks in (as a scan of the
     * code, or as found by search) and stores the declaration with it. Any "có": stores a flagged declaration and
     * answers {@link CheckinReason#REFER_MEDICAL} without checking in.
     */
    @PreAuthorize(DelegateService.AT_THE_DOOR + " and " + AppRoles.SERVED_CONFERENCE)
    public CheckinResult declare(long conferenceId, HealthStep.Ask ask, List<Boolean> answers, String gate) {
        return declared(conferenceId, ask, answers, gate,
                () -> ask.scanned() != null ? checkins.scan(conferenceId, ask.scanned(), gate)
                        : checkins.checkInFound(conferenceId, ask.delegate().id(), gate));
    }

    /** The answers given at a gate or a point's desk, with the check-in they lead to when all are "không". */
    CheckinResult declared(long conferenceId, HealthStep.Ask ask, List<Boolean> answers, String gate,
                           Supplier<CheckinResult> checkIn) {
        if (!complete(answers, ask.questions())) {
            throw new ValidationException(Map.of("answers", Texts.t("health.answersMissing", ask.questions().size())));
        }
        return commit(conferenceId, ask.delegate(), ask.questions(), answers, gate, CurrentUser.usernameOrSystem(), checkIn);
    }

    /** What to do before this delegate checks in (found by code or by name), whoever asks. */
    HealthStep stepFor(long conferenceId, Delegate d, String scanned) {
        HealthSettings s = settings.get(conferenceId);
        return s.enabled() ? step(conferenceId, s, d, scanned) : NOT_NEEDED;
    }

    /**
     * The medical desk has allowed a referred delegate in: a committee member clears the declaration, which checks the
     * delegate in (at this gate) in the same transaction.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public CheckinResult clear(long declarationId, String gate) {
        HealthDeclaration declaration = declarations.get(declarationId).orElseThrow();
        String by = CurrentUser.usernameOrSystem();
        if (!declaration.pending() || !declarations.clear(declarationId, clock.instant(), by)) {
            throw new ValidationException(Map.of("declaration", Texts.t("health.alreadyHandled")));
        }
        CheckinResult result = checkins.checkInFound(declaration.conferenceId(), declaration.delegateId(), gate);
        if (result.ok()) {
            declarations.linkCheckin(declarationId, result.checkin().id());
        }
        auditLog.record("health.clear", "delegate", declaration.delegateId(), "health declaration #" + declarationId);
        return result;
    }

    /** All declarations of the conference, flagged first. Health data: committee only. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<HealthDeclaration> list(long conferenceId) {
        return declarations.list(conferenceId);
    }

    /**
     * A scanner device's scan, inside its transaction. A kiosk cannot ask, so the answers come with the request:
     * missing or of the wrong number → {@link CheckinReason#DECLARATION_REQUIRED} with the questions; a "yes" →
     * {@link CheckinReason#REFER_MEDICAL}. With the setting off, exactly the scan as before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DeviceScan atDevice(DeviceCall call, List<Boolean> answers) {
        long conferenceId = call.conferenceId();
        String code = call.code();
        Supplier<CheckinResult> scan = () -> checkins.scanByDevice(call);
        HealthSettings s = settings.get(conferenceId);
        if (!s.enabled()) {
            return new DeviceScan(scan.get(), null);
        }
        DelegateCodes.Inspection inspection = codes.inspect(code);
        HealthStep step = inspection.verdict() == DelegateCodes.Verdict.CURRENT
                ? step(conferenceId, s, inspection.delegate(), code) : NOT_NEEDED;
        return switch (step) {
            case HealthStep.NotNeeded n -> new DeviceScan(scan.get(), null);
            case HealthStep.Referred r -> new DeviceScan(new CheckinResult(CheckinReason.REFER_MEDICAL, r.delegate(), null), null);
            case HealthStep.Ask a when !complete(answers, a.questions()) ->
                    new DeviceScan(new CheckinResult(CheckinReason.DECLARATION_REQUIRED, a.delegate(), null), a.questions());
            case HealthStep.Ask a -> new DeviceScan(commit(conferenceId, a.delegate(), a.questions(), answers,
                    call.gate(), call.by(), scan), null);
        };
    }

    private HealthStep step(long conferenceId, HealthSettings s, Delegate d, String scanned) {
        if (d.conferenceId() != conferenceId || d.withdrawn() || d.checkedInAt() != null) {
            return NOT_NEEDED; // the scan itself answers: other conference, revoked, already
        }
        return declarations.pending(d.id()).<HealthStep>map(p -> new HealthStep.Referred(d, p))
                .orElseGet(() -> new HealthStep.Ask(d, s.questions(), scanned));
    }

    private CheckinResult commit(long conferenceId, Delegate d, List<String> questions, List<Boolean> answers,
                                 String gate, String by, Supplier<CheckinResult> checkIn) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String gateName = Checkin.gateName(gate);
        // A "có" now, or one earlier at another gate not cleared yet: the medical desk first.
        if (answers.contains(Boolean.TRUE) || declarations.pending(d.id()).isPresent()) {
            declarations.insert(conferenceId, d.id(), d.attendeeName(), questions, answers, now, gateName, by, null);
            return new CheckinResult(CheckinReason.REFER_MEDICAL, d, null);
        }
        CheckinResult result = checkIn.get();
        declarations.insert(conferenceId, d.id(), d.attendeeName(), questions, answers, now, gateName, by,
                result.ok() && result.checkin() != null ? result.checkin().id() : null);
        return result;
    }

    private static boolean complete(List<Boolean> answers, List<String> questions) {
        return answers != null && answers.size() == questions.size() && answers.stream().allMatch(Objects::nonNull);
    }
}
