package vn.hoinghi.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.delegate.DelegateAnswers;
import vn.hoinghi.delegate.DelegatePass;
import vn.hoinghi.floor.DeskFloor;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.handout.DelegateHandout;
import vn.hoinghi.handout.HandoutService;
import vn.hoinghi.point.PointService;

/**
 * The delegate's own page at their link (decision 038): the invitation, the check-in QR, where to go, the programme
 * live, the floor for a hall delegate, the documents. The signed code is the credential: opening it is throttled per
 * client address ({@link CodeGuessThrottle}); the live reads take the {@link DelegatePass} opening gave; asking for
 * the floor takes the code again. Not transactional itself: each call below reads in a transaction of its own.
 */
@Service
public class DelegatePageService {

    private final RsvpService rsvp;
    private final DelegateAnswers delegates;
    private final PointService points;
    private final AgendaLiveService programme;
    private final FloorBoardService floorBoard;
    private final FloorService floor;
    private final HandoutService documents;
    private final InvitationPdfService links;
    private final CodeGuessThrottle throttle;

    DelegatePageService(RsvpService rsvp, DelegateAnswers delegates, PointService points, AgendaLiveService programme,
                        FloorBoardService floorBoard, FloorService floor, HandoutService documents,
                        InvitationPdfService links, CodeGuessThrottle throttle) {
        this.rsvp = rsvp;
        this.delegates = delegates;
        this.points = points;
        this.programme = programme;
        this.floorBoard = floorBoard;
        this.floor = floor;
        this.documents = documents;
        this.links = links;
        this.throttle = throttle;
    }

    /**
     * The page the code opens, asked from this client address; empty when the code opens nothing (malformed, forged,
     * reissued, withdrawn) and while the address is refused for guessing, which it never tells apart.
     */
    @PreAuthorize("permitAll()")
    public Optional<DelegatePage> open(String code, String clientAddress) {
        if (!throttle.allows(clientAddress)) {
            return Optional.empty();
        }
        Optional<DelegatePage> page = rsvp.open(code).flatMap(invitation -> delegates.pass(code).map(pass ->
                new DelegatePage(invitation, pass, links.link(code), delegates.hallRows(pass),
                        pass.atHall() ? null : points.contact(pass.pointId()).orElse(null))));
        if (page.isEmpty()) {
            throttle.failed(clientAddress);
        }
        return page;
    }

    /** Whether the code still opens its page (after a reissue or withdrawal it does not); not counted as a guess. */
    @PreAuthorize("permitAll()")
    public boolean stillValid(String code) {
        return rsvp.open(code).isPresent();
    }

    /** The programme with its live state, without the MC's scripts and notes. */
    @PreAuthorize("permitAll()")
    public AgendaLive programme(DelegatePass pass) {
        return programme.forDelegate(pass);
    }

    /** A hall delegate's own request for the floor in the item on now, as the point's desk sees its own. */
    @PreAuthorize("permitAll()")
    public DeskFloor floor(DelegatePass pass) {
        return floorBoard.delegate(pass);
    }

    /** @throws vn.hoinghi.base.ValidationException when the item on now takes no requests, one waits already, … */
    @PreAuthorize("permitAll()")
    public void askForTheFloor(String code, String topic) {
        floor.askAsDelegate(code, topic);
    }

    @PreAuthorize("permitAll()")
    public List<DelegateHandout> documents(String code) {
        return documents.forDelegate(code);
    }
}
