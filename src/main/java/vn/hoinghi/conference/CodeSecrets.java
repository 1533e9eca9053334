package vn.hoinghi.conference;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.conference.repository.CodeSecretRepository;

/**
 * The conference's own key that its delegates' codes are signed with ({@code delegate.DelegateCodes}), made on first
 * use. No method security: the key never leaves the server, and the scanners asking for it have no login.
 */
@Component
public class CodeSecrets {

    private final CodeSecretRepository secrets;

    CodeSecrets(CodeSecretRepository secrets) {
        this.secrets = secrets;
    }

    /** The key if one was ever made; no code of a conference without a key can be genuine. */
    @Transactional(readOnly = true)
    public Optional<byte[]> existing(long conferenceId) {
        return secrets.existing(conferenceId);
    }

    /** The key, made now if the conference has none yet. */
    @Transactional
    public byte[] secret(long conferenceId) {
        return secrets.secret(conferenceId);
    }
}
