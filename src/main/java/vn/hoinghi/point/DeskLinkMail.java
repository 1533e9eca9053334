package vn.hoinghi.point;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;

/** Mails each point's technician, when the point has an address, their own desk link and card. */
@StaysVietnamese("the mail to the points' technicians, an official message of the committee")
@Component
class DeskLinkMail {

    private final MailService mail;
    private final ConferenceService conferences;

    DeskLinkMail(MailService mail, ConferenceService conferences) {
        this.mail = mail;
        this.conferences = conferences;
    }

    /** Queues one mail per card whose point has a technician's address; returns how many. */
    int send(long conferenceId, List<DeskCard> cards) {
        String title = conferences.get(conferenceId).orElseThrow().title();
        int sent = 0;
        for (DeskCard card : cards) {
            String to = card.point().technicianEmail();
            if (to != null && !to.isBlank()) {
                mail.queue(conferenceId, null, to, "Đường dẫn đăng nhập bàn điểm cầu " + card.point().name(),
                        body(title, card), "the-dang-nhap-diem-cau-" + card.point().id() + ".pdf",
                        DeskCardsPdf.write(List.of(card)));
                sent++;
            }
        }
        return sent;
    }

    private static String body(String title, DeskCard card) {
        MeetingPoint p = card.point();
        String greeting = p.technician() == null || p.technician().isBlank() ? "Kính gửi cán bộ kỹ thuật"
                : "Kính gửi " + p.technician();
        return greeting + " (điểm cầu " + p.name() + "),\n\n"
                + "Ban Tổ chức " + title + " gửi đường dẫn đăng nhập bàn điểm cầu của đơn vị:\n\n"
                + "    " + card.link() + "\n\n"
                + "Mở đường dẫn trên điện thoại (hoặc quét mã QR trên thẻ đính kèm) để báo trạng thái kết nối, "
                + "điểm danh đại biểu tại điểm cầu và báo số người dự. Không cần tài khoản hay mật khẩu.\n"
                + "Đường dẫn chỉ dùng cho điểm cầu " + p.name() + "; xin không chuyển cho người khác. "
                + "Khi Ban Tổ chức thu hồi, đường dẫn hết hiệu lực ngay.\n\n"
                + "Trân trọng,\nBan Tổ chức hội nghị";
    }
}
