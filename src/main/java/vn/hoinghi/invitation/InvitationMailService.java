package vn.hoinghi.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
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
import vn.hoinghi.document.VietnameseDates;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.security.AppRoles;

/**
 * Sends each delegate of a filtered list their invitation by e-mail: the letter as PDF (with the QR) and
 * the link to answer. Those without an e-mail address are counted, so the committee can print theirs.
 */
@StaysVietnamese("the invitation e-mail sent to delegates")
@Service
public class InvitationMailService {

    public record SendResult(int sent, List<String> withoutEmail) {
    }

    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final InvitationPdfService pdfs;
    private final DelegateCodes codes;
    private final MailService mail;

    InvitationMailService(DelegateService delegates, ConferenceService conferences, InvitationPdfService pdfs,
                          DelegateCodes codes, MailService mail) {
        this.delegates = delegates;
        this.conferences = conferences;
        this.pdfs = pdfs;
        this.codes = codes;
        this.mail = mail;
    }

    @Transactional
    @PreAuthorize(AppRoles.COMMITTEE)
    public SendResult send(long conferenceId, DelegateFilter filter, DoubleConsumer progress) {
        Conference c = conferences.get(conferenceId).orElseThrow();
        List<Delegate> list = delegates.list(conferenceId, filter);
        if (list.isEmpty()) {
            throw new ValidationException(Map.of("filter", Texts.t("invitation.mail.noneToSend")));
        }
        List<Long> sent = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Delegate d = list.get(i);
            if (d.email() == null) {
                withoutEmail.add(d.fullName());
            } else {
                mail.queue(conferenceId, d.id(), d.email(), "Giấy mời dự " + c.title(), body(c, d),
                        "giay-moi-" + d.id() + ".pdf", pdfs.one(d.id()));
                sent.add(d.id());
            }
            progress.accept((i + 1.0) / list.size());
        }
        if (!sent.isEmpty()) {
            delegates.markSent(sent);
        }
        return new SendResult(sent.size(), withoutEmail);
    }

    private String body(Conference c, Delegate d) {
        String you = d.honorific().isEmpty() ? "Ông/Bà" : d.honorific();
        String place = d.atHall() ? c.venue() : "điểm cầu " + d.pointName();
        return "Kính gửi " + you + " " + d.fullName() + (d.title() == null ? "" : " – " + d.title()) + ",\n\n"
                + c.organizer() + " trân trọng kính mời " + you + " dự " + c.title() + ".\n\n"
                + "Thời gian: " + VietnameseDates.meetingTime(Times.local(c.startsAt())) + ".\n"
                + "Địa điểm: " + place + ".\n"
                + (d.seat() == null ? "" : "Ghế: " + d.seat() + ".\n")
                + "\nGiấy mời đính kèm (tệp PDF) có mã QR dùng để điểm danh khi đến dự; xin mang theo bản in "
                + "hoặc mở trên điện thoại.\n"
                + "Xin " + you + " xác nhận tham dự, báo vắng hoặc cử người dự thay tại: " + pdfs.link(codes.code(d)) + "\n\n"
                + "Trân trọng.\n" + c.organizer();
    }
}
