package vn.hoinghi.pointlog;

import vn.hoinghi.base.StaysVietnamese;

/** The report's sentences around its tables. */
@StaysVietnamese("the record of the points' day: the report's sentences")
final class PointLogText {

    private PointLogText() {
    }

    /** What the report covers and from when the day is counted. */
    static String opening(PointLog log) {
        DayTotals t = log.province();
        String from = log.day().start() == null ? "Chưa có điểm cầu nào báo trạng thái trong ngày."
                : log.day().afterReset()
                ? "Số liệu tính từ " + PointLogLabels.time(log.day().start()) + ", khi Ban Tổ chức đặt lại trạng thái"
                        + " sau buổi tổng duyệt; các báo cáo trước đó thuộc buổi tổng duyệt."
                : "Số liệu tính từ báo cáo đầu tiên lúc " + PointLogLabels.time(log.day().start()) + ".";
        long withdrawn = log.points().stream().filter(d -> d.point().withdrawn()).count();
        return "Hội nghị có " + t.points() + " điểm cầu (kể cả hội trường chính"
                + (withdrawn == 0 ? "" : ", không kể " + withdrawn + " điểm cầu đã rút") + "). " + from
                + " Một lần gián đoạn tính từ khi điểm cầu báo \"Mất kết nối\" hoặc \"Có sự cố\" đến khi báo lại"
                + " \"Kết nối tốt\" hoặc \"Thử tốt\".";
    }

    static String closing(PointLog log) {
        DayTotals t = log.province();
        return "Trong ngày có " + t.outages() + " lần gián đoạn tại " + t.withOutages() + " điểm cầu, tổng cộng "
                + t.outageMinutes() + " phút (lâu nhất " + t.longestMinutes() + " phút); " + t.asked()
                + " ý kiến xin phát biểu, " + t.granted() + " ý kiến được phát biểu (" + t.spokenMinutes()
                + " phút); " + t.alerts() + " cảnh báo, " + t.acknowledged() + " cảnh báo đã được xác nhận.";
    }
}
