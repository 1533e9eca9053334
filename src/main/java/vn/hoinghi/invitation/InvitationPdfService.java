package vn.hoinghi.invitation;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;

/** Invitation letters as PDF, one A4 page per delegate, each with the delegate's signed QR code. */
@StaysVietnamese("the invitation letters' PDF")
@Service
@Transactional
public class InvitationPdfService {


    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final PointService points;
    private final DelegateCodes codes;
    private final Clock clock;

    InvitationPdfService(DelegateService delegates, ConferenceService conferences, PointService points,
                         DelegateCodes codes, Clock clock) {
        this.delegates = delegates;
        this.conferences = conferences;
        this.points = points;
        this.codes = codes;
        this.clock = clock;
    }

    /** One delegate's invitation. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] one(long delegateId) {
        Delegate d = delegates.get(delegateId)
                .orElseThrow(() -> new IllegalArgumentException("No delegate " + delegateId));
        if (d.withdrawn()) {
            throw new ValidationException(Map.of("delegate", Texts.t("invitation.pdf.withdrawn", d.fullName())));
        }
        return render(d.conferenceId(), List.of(d), p -> { });
    }

    /** The invitations of every delegate the filter lets through, in print order; progress runs from 0 to 1. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] many(long conferenceId, DelegateFilter filter, DoubleConsumer progress) {
        List<Delegate> list = delegates.list(conferenceId, filter);
        if (list.isEmpty()) {
            throw new ValidationException(Map.of("filter", Texts.t("invitation.pdf.noneToPrint")));
        }
        return render(conferenceId, list, progress);
    }

    /** The link a delegate's QR opens: the public invitation page; the code in it is also what the gates scan. */
    String link(String code) {
        return codes.link(code);
    }

    private byte[] render(long conferenceId, List<Delegate> list, DoubleConsumer progress) {
        Conference conference = conferences.get(conferenceId).orElseThrow();
        Map<Long, MeetingPoint> pointsById = points.list(conferenceId).stream()
                .collect(Collectors.toMap(MeetingPoint::id, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(Times.VIETNAM));
        ByteArrayOutputStream out = new ByteArrayOutputStream(list.size() * 3000);
        int step = Math.max(1, list.size() / 100);
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Giấy mời dự " + conference.title()));
            InvitationLetter letter = new InvitationLetter(doc, new PdfFonts(), conference, today);
            for (int i = 0; i < list.size(); i++) {
                Delegate d = list.get(i);
                if (i > 0) {
                    doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                String code = codes.code(d);
                letter.write(doc, d, pointsById.get(d.pointId()), link(code), code);
                if (i % step == 0) {
                    progress.accept(0.95 * i / list.size());
                }
            }
        }
        progress.accept(1);
        return out.toByteArray();
    }
}
