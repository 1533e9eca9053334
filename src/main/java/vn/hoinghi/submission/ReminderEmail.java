package vn.hoinghi.submission;

import java.time.LocalDate;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;

/** The reminder emailed to a unit that owes a contribution: in Vietnamese, as the committee writes to the units. */
@StaysVietnamese("the reminder emailed to units")
final class ReminderEmail {

    private ReminderEmail() {
    }

    static String subject(ReminderTarget t) {
        return "Nhắc hạn nộp tham luận: " + t.topic();
    }

    static String body(ReminderTarget t, LocalDate today, String portalUrl) {
        long left = t.deadline().toEpochDay() - today.toEpochDay();
        String when = left > 0 ? "còn " + left + " ngày" : left == 0 ? "hôm nay là hạn cuối" : "đã quá hạn " + -left + " ngày";
        StringBuilder s = new StringBuilder("Kính gửi: ").append(t.unitName()).append("\n\n")
                .append("Ban Tổ chức ").append(t.conferenceTitle()).append(" trân trọng nhắc Quý đơn vị gửi tham luận \"")
                .append(t.topic()).append("\" trước ngày ").append(Times.DATE.format(t.deadline()))
                .append(" (").append(when).append(").\n");
        if (t.status() == ContributionStatus.CHANGES_REQUESTED) {
            s.append("Ban Tổ chức đã đề nghị chỉnh sửa tham luận; kính đề nghị Quý đơn vị gửi bản đã chỉnh sửa.\n");
        }
        return s.append("\nTham luận gửi dưới dạng tệp PDF hoặc Word (DOCX) tại trang \"Tham luận của đơn vị\": ")
                .append(portalUrl).append("\n\nTrân trọng./.\nBan Tổ chức").toString();
    }
}
