package vn.hoinghi.agenda;

import java.util.List;
import vn.hoinghi.base.StaysVietnamese;

/** "Mẫu hội nghị sơ kết": the items a provincial review conference usually has, in their usual order. */
@StaysVietnamese("the items of a new programme: content the committee edits afterwards")
final class AgendaTemplate {

    private AgendaTemplate() {
    }

    static List<AgendaDraft> reviewConference() {
        return List.of(
                item(AgendaKind.PERFORMANCE, "Chương trình văn nghệ chào mừng / phóng sự về kết quả thực hiện", null, 10,
                        "Kính thưa các đồng chí, mở đầu hội nghị, xin mời các đồng chí cùng theo dõi chương trình văn nghệ"
                                + " chào mừng (phóng sự)."),
                item(AgendaKind.CEREMONY, "Tuyên bố lý do, giới thiệu đại biểu", "Người dẫn chương trình", 5,
                        "Kính thưa các vị đại biểu, thưa toàn thể hội nghị!\nThực hiện Kế hoạch số …, hôm nay … tổ chức"
                                + " Hội nghị sơ kết …\nVề dự hội nghị, chúng tôi trân trọng giới thiệu: …"),
                item(AgendaKind.SPEECH, "Phát biểu khai mạc hội nghị", "Lãnh đạo chủ trì hội nghị", 5,
                        "Trân trọng kính mời đồng chí … phát biểu khai mạc hội nghị."),
                item(AgendaKind.REPORT, "Báo cáo sơ kết kết quả thực hiện, phương hướng, nhiệm vụ thời gian tới",
                        "Cơ quan thường trực", 20, "Trân trọng kính mời đồng chí … trình bày báo cáo sơ kết."),
                item(AgendaKind.CONTRIBUTION, "Tham luận của các đơn vị, địa phương", null, 30,
                        "Tiếp theo chương trình, xin mời đại diện … trình bày tham luận."),
                item(AgendaKind.DISCUSSION, "Thảo luận", "Các đại biểu dự hội nghị", 15,
                        "Xin mời các đại biểu tham gia ý kiến thảo luận."),
                item(AgendaKind.AWARDS, "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc", null, 20,
                        "Sau đây, xin mời đồng chí … công bố quyết định khen thưởng."),
                item(AgendaKind.SPEECH, "Phát biểu chỉ đạo của lãnh đạo cấp trên", null, 15,
                        "Trân trọng kính mời đồng chí … phát biểu chỉ đạo hội nghị."),
                item(AgendaKind.CLOSING, "Tiếp thu ý kiến chỉ đạo, kết luận và bế mạc hội nghị",
                        "Lãnh đạo chủ trì hội nghị", 10,
                        "Trân trọng kính mời đồng chí … phát biểu tiếp thu ý kiến chỉ đạo, kết luận và bế mạc hội nghị."));
    }

    private static AgendaDraft item(AgendaKind kind, String title, String presenter, int minutes, String script) {
        return new AgendaDraft(kind, title, null, presenter, null, minutes, null, script, null);
    }
}
