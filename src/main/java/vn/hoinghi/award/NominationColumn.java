package vn.hoinghi.award;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.StaysVietnamese;

/**
 * The columns of a units' proposal sheet, each with the headers offices write for it (any diacritics, any order).
 * The proposing unit comes before the work unit so "Đơn vị đề nghị …" is never taken for "Đơn vị".
 */
@StaysVietnamese("the headers of the proposal sheets units bring")
enum NominationColumn {
    TYPE("Tập thể/Cá nhân", "tập thể/cá nhân", "tập thể / cá nhân", "tập thể, cá nhân", "cá nhân/tập thể",
            "loại", "loại đối tượng", "đối tượng", "phân loại", "tt/cn", "type"),
    NAME("Họ và tên / Tên tập thể", "họ và tên / tên tập thể", "họ tên / tên tập thể", "tên tập thể / họ và tên",
            "tên tập thể, cá nhân", "tên tập thể/cá nhân", "tên cá nhân, tập thể", "tập thể, cá nhân được đề nghị",
            "tên tập thể, họ tên cá nhân", "họ và tên", "họ tên", "tên tập thể", "tên", "name", "full name"),
    TITLE("Chức vụ", "chức vụ", "chức danh", "chức vụ/chức danh", "chức vụ, chức danh", "cấp bậc, chức vụ",
            "cấp bậc/chức vụ", "cấp bậc", "title", "position"),
    PROPOSER("Đơn vị đề nghị", "đơn vị đề nghị", "cơ quan đề nghị", "đơn vị đề xuất", "đơn vị trình",
            "đơn vị đề nghị khen thưởng", "đề nghị của", "proposed by", "proposing unit"),
    WORK_UNIT("Đơn vị công tác", "đơn vị công tác", "cơ quan công tác", "nơi công tác", "cơ quan, đơn vị công tác",
            "đơn vị", "cơ quan", "work unit", "unit"),
    FORM("Hình thức khen thưởng", "hình thức khen thưởng", "hình thức", "hình thức đề nghị",
            "hình thức khen thưởng đề nghị", "hình thức đề nghị khen thưởng", "loại khen thưởng", "award", "award form"),
    ACHIEVEMENT("Thành tích tóm tắt", "thành tích tóm tắt", "tóm tắt thành tích", "thành tích", "nội dung thành tích",
            "thành tích đạt được", "thành tích chủ yếu", "tóm tắt thành tích đạt được", "lý do khen thưởng",
            "achievement", "achievements");

    final String label;
    final List<String> synonyms;

    NominationColumn(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    static Map<NominationColumn, List<String>> synonyms() {
        Map<NominationColumn, List<String>> map = new EnumMap<>(NominationColumn.class);
        for (NominationColumn c : values()) {
            map.put(c, c.synonyms);
        }
        return map;
    }

    /** The column a rule's field belongs to, for messages naming the field as the sheet does. */
    static NominationColumn ofField(String field) {
        return switch (field) {
            case "type" -> TYPE;
            case "title" -> TITLE;
            case "workUnit" -> WORK_UNIT;
            case "proposingUnit" -> PROPOSER;
            case "form" -> FORM;
            case "achievement" -> ACHIEVEMENT;
            default -> NAME;
        };
    }
}
