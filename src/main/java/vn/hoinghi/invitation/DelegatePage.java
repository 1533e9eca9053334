package vn.hoinghi.invitation;

import java.util.List;
import vn.hoinghi.delegate.DelegatePass;
import vn.hoinghi.delegate.HallRow;
import vn.hoinghi.point.PointContact;

/**
 * What a delegate's own page shows that does not change while it is open: the invitation and the answer, the pass
 * for the live reads, the link the check-in QR encodes (the gates accept it), and where to go: the hall's rows for the
 * seat plan (empty for a remote delegate) or the point's contact (null in the hall).
 */
public record DelegatePage(RsvpInvitation invitation, DelegatePass pass, String qrLink, List<HallRow> hallRows,
                           PointContact point) {
}
