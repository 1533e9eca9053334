package vn.hoinghi.conference.repository;

import static vn.hoinghi.database.jooq.Tables.CONFERENCE;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The per-conference key that signs delegates' codes, made on first use. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class CodeSecretRepository {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final DSLContext dsl;

    CodeSecretRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The key if one was ever made; no code of a conference without a key can be genuine. */
    public Optional<byte[]> existing(long conferenceId) {
        return dsl.select(CONFERENCE.QR_SECRET).from(CONFERENCE).where(CONFERENCE.ID.eq(conferenceId))
                .fetchOptional(CONFERENCE.QR_SECRET).filter(Objects::nonNull);
    }

    public byte[] secret(long conferenceId) {
        byte[] secret = dsl.select(CONFERENCE.QR_SECRET).from(CONFERENCE).where(CONFERENCE.ID.eq(conferenceId))
                .forUpdate().fetchOne(CONFERENCE.QR_SECRET);
        if (secret == null) {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
            dsl.update(CONFERENCE).set(CONFERENCE.QR_SECRET, secret).where(CONFERENCE.ID.eq(conferenceId)).execute();
        }
        return secret;
    }
}
