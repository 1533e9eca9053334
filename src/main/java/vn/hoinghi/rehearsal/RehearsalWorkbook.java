package vn.hoinghi.rehearsal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * The rehearsal's record as .xlsx: one row per point (cluster, point, state, ready at, each item's time or what failed,
 * who ticked), times as real date-time cells.
 */
@StaysVietnamese("the rehearsal's record for the committee's files, as a spreadsheet")
final class RehearsalWorkbook {

    static final List<String> HEADERS = List.of("STT", "Cụm", "Điểm cầu", "Kết quả", "Sẵn sàng lúc",
            "Đường truyền", "Âm thanh về hội trường", "Hình ảnh (camera)", "Tín hiệu hội trường", "Phòng họp",
            "Người đánh dấu");
    private static final String HEAD_FILL = "DDE6F0";
    private static final String TIME_FORMAT = "hh:mm dd/mm/yyyy";
    private static final int FIRST_ITEM = 5;

    private RehearsalWorkbook() {
    }

    static String state(RehearsalState state) {
        return switch (state) {
            case READY -> "Sẵn sàng";
            case PARTLY -> "Chưa đủ";
            case FAILED -> "Lỗi";
            case NOT_REPORTED -> "Chưa báo";
        };
    }

    static byte[] write(Conference conference, RehearsalProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            sheet(workbook.newWorksheet("Tổng duyệt"), conference, progress);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, Conference conference, RehearsalProgress progress) {
        sheet.value(0, 0, PdfFonts.upper(conference.organizer()));
        sheet.value(1, 0, "KẾT QUẢ TỔNG DUYỆT CÁC ĐIỂM CẦU");
        sheet.value(2, 0, conference.title());
        RehearsalPlan plan = progress.plan();
        RehearsalCounts t = progress.totals();
        sheet.value(3, 0, (plan.startsAt() == null ? "" : "Tổng duyệt lúc " + format(plan.startsAt()) + ". ")
                + "Sẵn sàng " + t.ready() + ", chưa đủ " + t.partly() + ", lỗi " + t.failed() + ", chưa báo "
                + t.notReported() + " / " + t.points() + " điểm cầu."
                + (plan.dayResetAt() == null ? "" : " Đặt lại trạng thái ngày lúc " + format(plan.dayResetAt())
                + " (" + plan.dayResetBy() + ")."));
        sheet.style(0, 0).bold().set();
        sheet.style(1, 0).bold().fontSize(13).set();
        sheet.style(3, 0).italic().set();
        int header = 5;
        for (int i = 0; i < HEADERS.size(); i++) {
            sheet.value(header, i, HEADERS.get(i));
        }
        sheet.range(header, 0, header, HEADERS.size() - 1).style().bold().fillColor(HEAD_FILL).wrapText(true).set();
        int row = header + 1;
        for (RehearsalCluster cluster : progress.clusters()) {
            for (RehearsedPoint p : cluster.points()) {
                row(sheet, row, row - header, cluster, p);
                row++;
            }
        }
        if (row > header + 1) {
            sheet.range(header, 0, row - 1, HEADERS.size() - 1).style().borderStyle("thin").set();
        }
        int[] widths = {6, 22, 34, 12, 17, 17, 17, 17, 17, 17, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
        sheet.freezePane(0, header + 1);
    }

    private static void row(Worksheet sheet, int row, int number, RehearsalCluster cluster, RehearsedPoint p) {
        sheet.value(row, 0, number);
        sheet.value(row, 1, cluster.cluster() == null ? "" : cluster.cluster());
        sheet.value(row, 2, p.point().name());
        sheet.value(row, 3, state(p.state()));
        time(sheet, row, 4, p.rehearsal().readyAt());
        RehearsalItem[] items = RehearsalItem.values();
        for (int i = 0; i < items.length; i++) {
            RehearsalTick tick = p.tick(items[i]);
            if (tick != null && tick.ok()) {
                time(sheet, row, FIRST_ITEM + i, tick.at());
            } else if (tick != null) {
                sheet.value(row, FIRST_ITEM + i, "Lỗi: " + (tick.note() == null ? "" : tick.note()));
            }
        }
        String who = p.rehearsal().ticks().stream().map(RehearsalTick::by).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(", "));
        if (!who.isEmpty()) {
            sheet.value(row, FIRST_ITEM + items.length, who);
        }
    }

    private static void time(Worksheet sheet, int row, int column, Instant at) {
        if (at != null) {
            sheet.value(row, column, Times.local(at));
            sheet.style(row, column).format(TIME_FORMAT).set();
        }
    }

    private static String format(Instant at) {
        return Times.DATE_TIME.format(Times.local(at));
    }
}
