package vn.hoinghi.gate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.gate.repository.DeviceRepository;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.SecretTokens;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.checkin.DeviceCall;
import vn.hoinghi.checkin.DeviceScan;
import vn.hoinghi.checkin.RequestIdReusedException;
import vn.hoinghi.health.HealthDeclarationService;
import vn.hoinghi.security.AppRoles;

/**
 * Scanner devices and the check-ins they post. A device proves itself with its token alone (kiosks have no
 * one to log in), so this is the one check-in path open without a session: the token is the credential,
 * and only its SHA-256 is stored.
 */
@Service
public class ScannerService {

    /** A new device and its token, shown once to the person who registers it. */
    public record Registered(ScannerDevice device, String token) {
    }

    /**
     * How long a device found by its token is trusted without asking the database again: saves a query per
     * scan. A revoke on this instance takes effect at once (a scan already under way while it commits may
     * keep the device this long); on another instance sharing the database within this time.
     */
    static final Duration DEVICE_CACHE = Duration.ofSeconds(5);

    /**
     * A device waits this long for its group's commit; then it is told to send again (with the same request id, which
     * finds the check-in if the group committed later). A stalled database does not hold the server's threads longer.
     */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);

    /** A token is 32 characters; anything much longer is not one and is not hashed. */
    static final int MAX_TOKEN_LENGTH = 100;

    /**
     * Devices by token hash. When forty requests of one device find it missing (at its first scan, and every
     * {@link #DEVICE_CACHE}), one reads it and the others wait for that read, instead of forty reads asking the pool for
     * forty connections while the check-in writer needs one.
     */
    private final Cache<String, ScannerDevice> knownDevices = Caffeine.newBuilder().expireAfterWrite(DEVICE_CACHE).build();
    private final DeviceRepository devices;
    private final HealthDeclarationService health;
    private final HealthSettingsService settings;
    private final CheckinService checkins;
    private final TransactionTemplate tx;
    private final AuditLog auditLog;
    private final Clock clock;

    ScannerService(DeviceRepository devices, HealthDeclarationService health, HealthSettingsService settings,
                   CheckinService checkins, PlatformTransactionManager transactions, AuditLog auditLog, Clock clock) {
        this.devices = devices;
        this.health = health;
        this.settings = settings;
        this.checkins = checkins;
        this.tx = new TransactionTemplate(transactions);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public Registered register(long conferenceId, String name, String gate) {
        String cleanName = SearchKey.clean(name);
        String cleanGate = SearchKey.clean(gate);
        if (cleanName == null || cleanGate == null) {
            throw new ValidationException(Map.of(cleanName == null ? "name" : "gate",
                    Texts.t("gate.device.nameAndGateMissing")));
        }
        String token = SecretTokens.newToken();
        long id = devices.insert(conferenceId, cleanName, cleanGate, SecretTokens.hash(token), clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("scanner.register", "scanner_device", id, cleanName + " @ " + cleanGate);
        return new Registered(devices.list(conferenceId).stream().filter(d -> d.id() == id).findFirst().orElseThrow(), token);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<ScannerDevice> devices(long conferenceId) {
        return devices.list(conferenceId);
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public void revoke(long deviceId) {
        devices.revoke(deviceId, clock.instant());
        forget(deviceId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a scan that read the device before this commit must not keep it
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(deviceId);
                }
            });
        }
        auditLog.record("scanner.revoke", "scanner_device", deviceId, null);
    }

    /** A scan posted by a device; empty when the token is unknown or revoked. Open to all: the token is the check. */
    public Optional<CheckinResult> scan(String token, String code, String requestId) {
        return scan(token, code, requestId, null).map(DeviceScan::result);
    }

    /**
     * A scan posted by a device with the delegate's health declaration answers (true = "có"), or null when it has
     * none; empty when the token is unknown or revoked. See {@link #scan(ScannerDevice, String, String, List)}.
     */
    public Optional<DeviceScan> scan(String token, String code, String requestId, List<Boolean> answers) {
        return device(token).map(device -> scan(device, code, requestId, answers));
    }

    /**
     * The active device this token belongs to; empty for a missing, over-long, unknown or revoked one. The scanner API
     * asks it before it reads a request's body. Open to all callers: the token is the credential and is checked here.
     */
    public Optional<ScannerDevice> device(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return activeDevice(SecretTokens.hash(token.strip()));
    }

    /**
     * A scan of a device found by {@link #device}, with the delegate's health declaration answers or null; they count
     * only when the conference asks the declaration. Without the declaration the scan joins the group being written
     * (decision 013) and returns when that group has committed; with it, it is written on its own with its
     * declaration. Runs outside any transaction (the class has none). No method security around it: the device's token
     * was the credential, and the interceptor cost a tenth of a scan's CPU under forty gates (decision 013).
     */
    public DeviceScan scan(ScannerDevice device, String code, String requestId, List<Boolean> answers) {
        String request = requestId == null || requestId.isBlank() ? null
                : requestId.strip().substring(0, Math.min(64, requestId.strip().length()));
        return settings.forScanners(device.conferenceId()).enabled()
                ? withDeclaration(device, code, request, answers)
                : new DeviceScan(written(checkins.queueFromDevice(call(device, code, request))), null);
    }

    private DeviceScan withDeclaration(ScannerDevice device, String code, String request, List<Boolean> answers) {
        try {
            return tx.execute(status -> health.atDevice(call(device, code, request), answers));
        } catch (DuplicateKeyException e) { // the only unique key a check-in can break: (conference, request id)
            throw new RequestIdReusedException(request, e);
        }
    }

    private static DeviceCall call(ScannerDevice device, String code, String requestId) {
        return new DeviceCall(device.conferenceId(), device.gate(), device.name(), code, requestId);
    }

    private static CheckinResult written(CompletableFuture<CheckinResult> groupCommitted) {
        try {
            return groupCommitted.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The scan's group did not commit within " + ANSWER_WITHIN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An unknown or revoked token is not remembered (the loader's null): it is asked again at its next scan. */
    private Optional<ScannerDevice> activeDevice(String tokenHash) {
        return Optional.ofNullable(knownDevices.get(tokenHash,
                hash -> tx.execute(status -> devices.activeByTokenHash(hash)).orElse(null)));
    }

    private void forget(long deviceId) {
        knownDevices.asMap().values().removeIf(device -> device.id() == deviceId);
    }
}
