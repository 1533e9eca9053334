package vn.hoinghi.checkin.repository;

import static vn.hoinghi.database.jooq.Tables.SCANNER_DEVICE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.ScannerDevice;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DeviceRepository {

    private final DSLContext dsl;

    DeviceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, String name, String gate, String tokenHash, Instant at, String by) {
        return dsl.insertInto(SCANNER_DEVICE)
                .set(SCANNER_DEVICE.CONFERENCE_ID, conferenceId)
                .set(SCANNER_DEVICE.NAME, name)
                .set(SCANNER_DEVICE.GATE, gate)
                .set(SCANNER_DEVICE.TOKEN_HASH, tokenHash)
                .set(SCANNER_DEVICE.CREATED_AT, Times.toUtc(at))
                .set(SCANNER_DEVICE.CREATED_BY, by)
                .returningResult(SCANNER_DEVICE.ID).fetchOne(SCANNER_DEVICE.ID);
    }

    public Optional<ScannerDevice> activeByTokenHash(String tokenHash) {
        return dsl.selectFrom(SCANNER_DEVICE)
                .where(SCANNER_DEVICE.TOKEN_HASH.eq(tokenHash).and(SCANNER_DEVICE.REVOKED_AT.isNull()))
                .fetchOptional(DeviceRepository::toDevice);
    }

    public List<ScannerDevice> list(long conferenceId) {
        return dsl.selectFrom(SCANNER_DEVICE).where(SCANNER_DEVICE.CONFERENCE_ID.eq(conferenceId))
                .orderBy(SCANNER_DEVICE.ID).fetch(DeviceRepository::toDevice);
    }

    public void revoke(long id, Instant at) {
        dsl.update(SCANNER_DEVICE).set(SCANNER_DEVICE.REVOKED_AT, Times.toUtc(at)).where(SCANNER_DEVICE.ID.eq(id)).execute();
    }

    private static ScannerDevice toDevice(Record r) {
        var revoked = r.get(SCANNER_DEVICE.REVOKED_AT);
        return new ScannerDevice(r.get(SCANNER_DEVICE.ID), r.get(SCANNER_DEVICE.CONFERENCE_ID), r.get(SCANNER_DEVICE.NAME),
                r.get(SCANNER_DEVICE.GATE), Times.fromUtc(r.get(SCANNER_DEVICE.CREATED_AT)),
                revoked == null ? null : Times.fromUtc(revoked));
    }
}
