package vn.hoinghi.followup;

import java.util.Objects;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.document.OfficialHeader;

/** A first draft of the conclusion notice, written from the conference's facts; the committee edits it. */
@StaysVietnamese("the conclusion notice's first draft")
final class NoticeDefaults {

    static final String SIGNER = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";

    private NoticeDefaults() {
    }

    static NoticeDraft of(Conference c) {
        String issuer = c.organizer();
        var day = Times.local(c.startsAt()).toLocalDate();
        String opening = "Ngày " + Times.DATE.format(day) + ", tại " + c.venue() + ", " + issuer + " tổ chức " + c.title()
                + format(c.format()) + ". Sau khi nghe báo cáo sơ kết, các tham luận và ý kiến thảo luận của các đại biểu,"
                + " đồng chí chủ trì Hội nghị kết luận như sau:";
        return new NoticeDraft("/TB-" + OfficialHeader.abbreviation(issuer), day, c.province(), issuer,
                "Kết luận của lãnh đạo " + issuer + " tại " + c.title(), opening,
                "Yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:",
                issuer + " thông báo để các cơ quan, đơn vị biết, thực hiện./.",
                Objects.requireNonNullElse(c.signerBlock(), SIGNER), c.signerName(),
                """
                - Như thành phần dự Hội nghị;
                - Các cơ quan, đơn vị được giao nhiệm vụ;
                - Lưu: VT.""");
    }

    private static String format(ConferenceFormat format) {
        return switch (format) {
            case HYBRID -> " theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu";
            case ONLINE -> " theo hình thức trực tuyến";
            case IN_PERSON -> "";
        };
    }
}
