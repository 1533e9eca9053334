package vn.hoinghi.point;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLink;
import vn.hoinghi.security.ScreenLinkService;

/**
 * Sign-in links for the points' desks, for all remote points at once (decision 026): each a desk link of the screen
 * links, bound to its conference and point. The codes exist only while the cards are made: the PDF and the mails
 * are made in the same call and never stored (the mails stay in the outbox, as every mail does).
 */
@Service
@Transactional
public class DeskLinkService {

    /** Which points get a new link. */
    public enum Issue {
        /** Only the remote points without an active desk link. */
        MISSING,
        /** Every remote point; the links they had stop working. */
        REISSUE_ALL
    }

    /** What one call made: how many links, the cards' PDF (null when none was made) and how many mails were queued. */
    public record Issued(int made, byte[] pdf, int mailed) {
    }

    /** A remote point with its active desk link, if it has one. */
    public record PointLink(MeetingPoint point, Optional<ScreenLink> link) {
    }

    private static final int LABEL_LENGTH = 100;

    private final PointReader points;
    private final ScreenLinkService links;
    private final DeskLinkMail mail;
    private final String publicUrl;

    DeskLinkService(PointReader points, ScreenLinkService links, DeskLinkMail mail,
                    @Value("${hoinghi.public-url:http://localhost:8080}") String publicUrl) {
        this.points = points;
        this.links = links;
        this.mail = mail;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The remote points that take part, in their order, each with its active desk link. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointLink> list(long conferenceId) {
        Map<Long, ScreenLink> active = activeByPoint(conferenceId);
        return remote(conferenceId).stream().map(p -> new PointLink(p, Optional.ofNullable(active.get(p.id())))).toList();
    }

    /** Makes the links, their cards' PDF and, if asked, a mail to each technician with an address. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public Issued issue(long conferenceId, Issue which, boolean mailTechnicians) {
        Map<Long, ScreenLink> active = activeByPoint(conferenceId);
        List<MeetingPoint> targets = remote(conferenceId).stream()
                .filter(p -> which == Issue.REISSUE_ALL || !active.containsKey(p.id())).toList();
        if (which == Issue.REISSUE_ALL) {
            revokeAll(conferenceId);
        }
        List<DeskCard> cards = new ArrayList<>(targets.size());
        for (MeetingPoint p : targets) {
            String label = Texts.t("deskLinks.label", p.name());
            String code = links.create(conferenceId, ScreenKind.DESK, p.id(),
                    label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) : label).token();
            cards.add(new DeskCard(p, code, publicUrl + "/s/" + code));
        }
        int mailed = mailTechnicians ? mail.send(conferenceId, cards) : 0;
        return new Issued(cards.size(), cards.isEmpty() ? null : DeskCardsPdf.write(cards), mailed);
    }

    /** Ends one point's desk link (the phones on it close at once). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void revoke(long conferenceId, long pointId) {
        links.revokeAll(activeDesk(conferenceId).stream().filter(l -> l.pointId() == pointId).map(ScreenLink::id).toList());
    }

    /** Ends every point's desk link of the conference; returns how many. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public int revokeAll(long conferenceId) {
        List<Long> ids = activeDesk(conferenceId).stream().map(ScreenLink::id).toList();
        links.revokeAll(ids);
        return ids.size();
    }

    private List<MeetingPoint> remote(long conferenceId) {
        return points.list(conferenceId).stream().filter(p -> !p.hall() && !p.withdrawn()).toList();
    }

    private List<ScreenLink> activeDesk(long conferenceId) {
        return links.list(conferenceId).stream().filter(l -> l.kind() == ScreenKind.DESK && l.active()).toList();
    }

    private Map<Long, ScreenLink> activeByPoint(long conferenceId) {
        return activeDesk(conferenceId).stream()
                .collect(Collectors.toMap(ScreenLink::pointId, Function.identity(), (older, newer) -> newer));
    }
}
