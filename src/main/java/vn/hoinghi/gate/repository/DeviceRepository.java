package vn.hoinghi.gate.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.SCANNER_DEVICE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.gate.ScannerDevice;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DeviceRepository {

    private static final SelectField<ScannerDevice> DEVICE = row(SCANNER_DEVICE.ID, SCANNER_DEVICE.CONFERENCE_ID,
            SCANNER_DEVICE.NAME, SCANNER_DEVICE.GATE, SCANNER_DEVICE.CREATED_AT, SCANNER_DEVICE.REVOKED_AT)
            .mapping(ScannerDevice::new);

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
                .set(SCANNER_DEVICE.CREATED_AT, at)
                .set(SCANNER_DEVICE.CREATED_BY, by)
                .returningResult(SCANNER_DEVICE.ID).fetchOne(SCANNER_DEVICE.ID);
    }

    public Optional<ScannerDevice> activeByTokenHash(String tokenHash) {
        return select()
                .where(SCANNER_DEVICE.TOKEN_HASH.eq(tokenHash).and(SCANNER_DEVICE.REVOKED_AT.isNull()))
                .fetchOptional(Record1::value1);
    }

    public List<ScannerDevice> list(long conferenceId) {
        return select().where(SCANNER_DEVICE.CONFERENCE_ID.eq(conferenceId))
                .orderBy(SCANNER_DEVICE.ID).fetch(Record1::value1);
    }

    public void revoke(long id, Instant at) {
        dsl.update(SCANNER_DEVICE).set(SCANNER_DEVICE.REVOKED_AT, at).where(SCANNER_DEVICE.ID.eq(id)).execute();
    }

    private SelectJoinStep<Record1<ScannerDevice>> select() {
        return dsl.select(DEVICE).from(SCANNER_DEVICE);
    }
}
