package vn.hoinghi.submission;

import java.util.List;
import vn.hoinghi.base.StaysVietnamese;

/**
 * The columns of the plan's table of contributions, each with its header as a refused row names it and the headers
 * found in the committees' files (matched whatever the diacritics, case or spacing).
 */
@StaysVietnamese("the headers of the plan's table of contributions that users bring")
enum ContributionColumn {
    ORDER("STT", "stt", "tt", "số thứ tự", "thứ tự"),
    UNIT("Đơn vị", "đơn vị", "đơn vị thực hiện", "đơn vị tham luận", "đơn vị chuẩn bị", "cơ quan", "cơ quan, đơn vị", "unit"),
    TOPIC("Nội dung tham luận", "nội dung tham luận", "nội dung", "chủ đề", "chủ đề tham luận", "tên tham luận",
            "đề tài", "topic"),
    DEADLINE("Hạn nộp", "hạn nộp", "thời hạn", "thời hạn nộp", "hạn gửi", "hạn", "ngày nộp", "deadline"),
    NOTES("Ghi chú", "ghi chú", "yêu cầu", "lưu ý", "notes");

    final String label;
    final List<String> synonyms;

    ContributionColumn(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }
}
