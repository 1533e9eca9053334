package vn.hoinghi.handout;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.handout.HandoutLinks.Claim;
import vn.hoinghi.handout.repository.HandoutRepository;

/**
 * A delegate's download through their signed link: the link is the credential, so there is no method security here
 * (as for the scanners' tokens, decision 013); everything is checked at every download, in this order: the link's
 * shape, the handout, the mac with its conference's key, the expiry, the delegate's code still being the one the link
 * was made from (a reissue voids it), the delegate still invited, the handout still published to their audience.
 * Any failure is the same empty answer. A download that passes is counted.
 */
@Service
@Transactional
public class HandoutDownloads {

    private final HandoutRepository handouts;
    private final HandoutLinks links;
    private final DelegateCodes codes;
    private final HandoutMaker maker;
    private final Clock clock;

    HandoutDownloads(HandoutRepository handouts, HandoutLinks links, DelegateCodes codes, HandoutMaker maker,
                     Clock clock) {
        this.handouts = handouts;
        this.links = links;
        this.codes = codes;
        this.maker = maker;
        this.clock = clock;
    }

    /** The handout this link opens, counted as a download of its delegate; empty when anything is wrong with it. */
    public Optional<HandoutContent> open(String token) {
        Optional<HandoutLinks.Parsed> parsed = HandoutLinks.parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Handout> handout = handouts.get(parsed.get().handoutId()).filter(Handout::published);
        Optional<Claim> claim = handout.flatMap(h -> links.genuine(parsed.get(), h.conferenceId()))
                .filter(c -> c.expires().isAfter(clock.instant()));
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        Handout h = handout.get();
        Optional<Delegate> delegate = codes.holdingSerial(claim.get().delegateId(), claim.get().serial())
                .filter(d -> !d.withdrawn() && d.conferenceId() == h.conferenceId())
                .filter(d -> h.audience().includes(d, h.groupIds()));
        if (delegate.isEmpty()) {
            return Optional.empty();
        }
        HandoutContent content = maker.content(h, () -> handouts.content(h.id()).orElseThrow());
        handouts.countDownload(h.id(), delegate.get().id(), clock.instant());
        return Optional.of(content);
    }
}
