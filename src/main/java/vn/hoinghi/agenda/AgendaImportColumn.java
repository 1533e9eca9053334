package vn.hoinghi.agenda;

import java.util.List;
import java.util.regex.Pattern;
import vn.hoinghi.base.StaysVietnamese;

/** The columns of a programme file, by the headers offices write, and the point a title may name. */
@StaysVietnamese("the headers and words of the programme files users bring")
enum AgendaImportColumn {
    ORDER("STT", "stt", "số thứ tự", "thứ tự", "tt", "no"),
    TITLE("Nội dung", "nội dung", "nội dung chương trình", "nội dung công việc", "tên mục", "tiêu đề", "nội dung hoạt động",
            "title", "item"),
    PRESENTER("Người thực hiện", "người thực hiện", "người trình bày", "người phát biểu", "thực hiện", "trình bày",
            "phụ trách", "người phụ trách", "presenter", "speaker"),
    UNIT("Đơn vị", "đơn vị", "đơn vị thực hiện", "cơ quan", "đơn vị trình bày", "unit"),
    MINUTES("Thời lượng (phút)", "thời lượng (phút)", "thời lượng", "số phút", "phút", "thời gian (phút)", "minutes",
            "duration"),
    KIND("Loại", "loại", "loại nội dung", "hình thức", "kind", "type"),
    POINT("Điểm cầu", "điểm cầu", "nơi phát", "nguồn", "nguồn phát", "point", "source"),
    SCRIPT("Lời dẫn", "lời dẫn", "kịch bản", "lời dẫn chương trình", "script"),
    NOTES("Ghi chú", "ghi chú", "notes", "note");

    /** "(từ điểm cầu huyện Đakrông)" in a title: the item comes from that point. */
    static final Pattern FROM_POINT = Pattern.compile(
            "\\s*[(\\[]\\s*(?:từ|tu|tại|tai)\\s+(?:điểm cầu|diem cau)\\s+([^)\\]]+?)\\s*[)\\]]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The header as the file names it: refused rows name their column so. */
    final String label;
    final List<String> synonyms;

    AgendaImportColumn(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }
}
