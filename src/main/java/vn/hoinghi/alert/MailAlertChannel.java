package vn.hoinghi.alert;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.mail.MailService;

/** The alert as an e-mail to the technician on duty, queued in the conference's outbox. */
@StaysVietnamese("the alert mail to the technician on duty, a message of the committee")
@Component
class MailAlertChannel implements AlertChannel {

    private static final int SUBJECT_LENGTH = 500;

    private final MailService mail;

    MailAlertChannel(MailService mail) {
        this.mail = mail;
    }

    @Override
    public String name() {
        return "mail";
    }

    /** Queued with the committee's rights the raiser runs under: the UI's rule on who may send mail stays as it is. */
    @Override
    public Optional<String> send(AlertNotice notice) {
        String to = notice.duty().email();
        if (!Emails.valid(to)) {
            return Optional.empty();
        }
        mail.queue(notice.conferenceId(), null, to, subject(notice), body(notice), null, null);
        return Optional.of(notice.duty().technician() + " <" + to + ">");
    }

    static String subject(AlertNotice n) {
        String subject = "[Cảnh báo] " + what(n.kind()) + ": điểm cầu " + n.pointName()
                + (n.cluster() == null || n.cluster().isBlank() ? "" : " (cụm " + n.cluster().strip() + ")");
        return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
    }

    static String body(AlertNotice n) {
        String since = Times.DATE_TIME.format(Times.local(n.since()));
        String pointTechnician = n.pointTechnician() == null || n.pointTechnician().isBlank() ? "chưa ghi"
                : n.pointTechnician();
        String phone = n.pointTechnicianPhone() == null || n.pointTechnicianPhone().isBlank() ? ""
                : ", điện thoại " + n.pointTechnicianPhone();
        return "Kính gửi " + n.duty().technician() + " (trực kỹ thuật "
                + (n.duty().isDefault() ? "chung" : "cụm " + n.duty().cluster()) + "),\n\n"
                + "Hội nghị: " + n.conferenceTitle() + "\n"
                + "Điểm cầu: " + n.pointName() + "\n"
                + "Cụm: " + (n.cluster() == null || n.cluster().isBlank() ? "không thuộc cụm nào" : n.cluster().strip())
                + "\n"
                + "Sự việc: " + what(n.kind()) + "\n"
                + "Từ lúc: " + since + "\n"
                + "Kỹ thuật viên tại điểm cầu: " + pointTechnician + phone + "\n\n"
                + "Xin liên hệ ngay với điểm cầu và báo lại khi kết nối trở lại bình thường. Theo dõi trên:\n"
                + "    Màn hình kỹ thuật: " + n.technicianScreenUrl() + "\n"
                + "    Bảng trạng thái điểm cầu: " + n.wallUrl() + "\n\n"
                + "Khi đã nắm được sự việc, bấm \"Đã nắm\" trên màn hình kỹ thuật hoặc bảng trạng thái.\n\n"
                + "Ban Tổ chức hội nghị";
    }

    private static String what(AlertKind kind) {
        return switch (kind) {
            case LOST -> "Mất kết nối";
            case TROUBLE -> "Kết nối gặp sự cố";
            case SILENT -> "Không báo trạng thái quá lâu";
        };
    }
}
