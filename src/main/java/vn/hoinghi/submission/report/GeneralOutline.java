package vn.hoinghi.submission.report;

import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * The outline a conference's units follow until the committee writes its own: the parts every review report has
 * (results, assessment, the way ahead, proposals), headed with the conference's own title, organiser and year.
 */
@StaysVietnamese("the outline units write their reports by")
public final class GeneralOutline {

    private GeneralOutline() {
    }

    public static String of(Conference c) {
        String subject = c.title().replaceFirst("^(?i)hội nghị\\s+", "");
        subject = subject.isEmpty() ? c.title() : Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        int year = Times.local(c.startsAt()).getYear();
        return """
                MẪU ĐỀ CƯƠNG BÁO CÁO
                (Kèm theo Kế hoạch tổ chức %s của %s)
                Đầu văn bản: %s / TÊN ĐƠN VỊ; Số: …/…; ….., ngày … tháng … năm %d.

                BÁO CÁO
                %s

                I. KẾT QUẢ THỰC HIỆN
                1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện
                2. Kết quả thực hiện các nhiệm vụ chủ yếu (số liệu ghi vào Biểu mẫu báo cáo số liệu, nếu có)
                3. Các mô hình hay, cách làm hiệu quả

                II. ĐÁNH GIÁ CHUNG
                1. Ưu điểm
                2. Hạn chế, khó khăn và nguyên nhân
                3. Bài học kinh nghiệm

                III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI

                IV. ĐỀ XUẤT, KIẾN NGHỊ""".formatted(c.title(), c.organizer(), PdfFonts.upper(c.organizer()), year, subject);
    }
}
