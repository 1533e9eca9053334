package vn.hoinghi.invitation;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateAnswers;
import vn.hoinghi.delegate.RsvpAnswer;

/**
 * The public invitation page's API. The link's signed code is the only credential: whoever holds it sees that one
 * invitation and may answer it. A code that is malformed, altered, voided by a reissue or belongs to a withdrawn
 * delegate is simply "not valid" — the page never tells which.
 * <p>
 * Not transactional itself: each call below runs in its own transaction, so a failed look-up can still be
 * answered with "not valid" instead of a transaction marked for rollback.
 */
@Service
public class RsvpService {

    /** The field key of the one error that means "this link is not valid". */
    public static final String INVALID = "code";
    private static final Logger log = LoggerFactory.getLogger(RsvpService.class);

    private final DelegateAnswers delegates;
    private final ConferenceService conferences;

    RsvpService(DelegateAnswers delegates, ConferenceService conferences) {
        this.delegates = delegates;
        this.conferences = conferences;
    }

    /** The invitation the code opens, or empty when the code is not (or no longer) valid. */
    @PreAuthorize("permitAll()")
    public Optional<RsvpInvitation> open(String code) {
        try {
            return delegates.byCode(code).flatMap(d -> conferences.publicFacts(d.conferenceId())
                    .map(c -> new RsvpInvitation(c, d)));
        } catch (RuntimeException e) {
            log.warn("An invitation code could not be checked: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Records the delegate's answer and returns the invitation as it now stands.
     *
     * @throws ValidationException keyed by field ({@code substituteName}, {@code substitutePhone}), or keyed
     *                             {@link #INVALID} when the code is not valid
     */
    @PreAuthorize("permitAll()")
    public RsvpInvitation respond(String code, RsvpAnswer answer) {
        if (open(code).isEmpty()) {
            throw invalid();
        }
        delegates.respond(code, answer);
        return open(code).orElseThrow(RsvpService::invalid);
    }

    private static ValidationException invalid() {
        return new ValidationException(Map.of(INVALID, Texts.t("invitation.rsvp.invalid")));
    }
}
