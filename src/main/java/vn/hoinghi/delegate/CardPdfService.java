package vn.hoinghi.delegate;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.repository.GroupRepository;
import vn.hoinghi.delegate.repository.HallRowRepository;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.security.AppRoles;

/**
 * Delegate cards ("thẻ đại biểu") and desk name plates ("bảng tên") as PDFs, from the same list as the invitations:
 * withdrawn delegates and those who declined get neither; a registered substitute is printed in place of the invited
 * leader. Cards carry the delegate's current check-in QR, made as the invitation's ({@link DelegateCodes#link}).
 */
@StaysVietnamese("the cards' and name plates' PDF metadata")
@Service
@Transactional
public class CardPdfService {

    private final DelegateReader reader;
    private final GroupRepository groups;
    private final HallRowRepository rows;
    private final ConferenceService conferences;
    private final DelegateCodes codes;

    CardPdfService(DelegateReader reader, GroupRepository groups, HallRowRepository rows, ConferenceService conferences,
                   DelegateCodes codes) {
        this.reader = reader;
        this.groups = groups;
        this.rows = rows;
        this.conferences = conferences;
        this.codes = codes;
    }

    /** One card per delegate (of one group, or of all when {@code groupId} is null), in protocol rank, then name. */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] cards(long conferenceId, Long groupId) {
        DelegateFilter filter = new DelegateFilter(null, groupId, null, null, null, null, false);
        List<Delegate> people = printed(conferenceId, filter).sorted(PROTOCOL_ORDER).toList();
        if (people.isEmpty()) {
            throw new ValidationException(Map.of("cards", Texts.t("delegate.cards.noneToPrint")));
        }
        Conference conference = conferences.get(conferenceId).orElseThrow();
        Map<Long, CompositionGroup> byId = groupsById(conferenceId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(people.size() * 4000);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(PdfFonts.nfc("Thẻ đại biểu – " + conference.title()));
            CardSheet sheet = new CardSheet(pdf, new PdfFonts(), conference);
            for (Delegate d : people) {
                sheet.add(PrintedDelegate.of(d, byId.get(d.groupId()), codes.link(d)));
            }
        }
        return out.toByteArray();
    }

    /** One folded A4 per hall delegate with a seat: front rows first, row A first, then by seat number. */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] namePlates(long conferenceId) {
        List<Delegate> seated = seatedInOrder(conferenceId);
        if (seated.isEmpty()) {
            throw new ValidationException(Map.of("plates", Texts.t("delegate.plates.noneSeated")));
        }
        Conference conference = conferences.get(conferenceId).orElseThrow();
        Map<Long, CompositionGroup> byId = groupsById(conferenceId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seated.size() * 3000);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle(PdfFonts.nfc("Bảng tên – " + conference.title()));
            NamePlateSheet sheet = new NamePlateSheet(pdf, new PdfFonts());
            for (Delegate d : seated) {
                sheet.add(PrintedDelegate.of(d, byId.get(d.groupId()), null));
            }
        }
        return out.toByteArray();
    }

    /** The hall's seated delegates in the order their plates are laid out: by the rows' order front to back, then seat. */
    private List<Delegate> seatedInOrder(long conferenceId) {
        List<String> rowOrder = rows.list(conferenceId).stream().map(HallRow::label).toList();
        return printed(conferenceId, DelegateFilter.all())
                .filter(d -> d.atHall() && d.seatRow() != null && rowOrder.contains(d.seatRow()))
                .sorted(Comparator.comparingInt((Delegate d) -> rowOrder.indexOf(d.seatRow()))
                        .thenComparingInt(Delegate::seatNumber))
                .toList();
    }

    /** Protocol rank first (leaders without one after), then the name as the list sorts it, then who came first. */
    static final Comparator<Delegate> PROTOCOL_ORDER = Comparator
            .comparing((Delegate d) -> d.protocolRank() == null ? Integer.MAX_VALUE : d.protocolRank())
            .thenComparing(d -> SearchKey.fold(d.fullName()))
            .thenComparingLong(Delegate::id);

    private java.util.stream.Stream<Delegate> printed(long conferenceId, DelegateFilter filter) {
        return reader.all(conferenceId, filter).stream()
                .filter(d -> !d.withdrawn() && d.invitationStatus() != InvitationStatus.DECLINED);
    }

    private Map<Long, CompositionGroup> groupsById(long conferenceId) {
        return groups.list(conferenceId).stream().collect(Collectors.toMap(CompositionGroup::id, Function.identity()));
    }
}
