package vn.hoinghi.delegate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hoinghi.base.StaysVietnamese;

/** The columns a delegate sheet may have, each with the headers offices write for it (any diacritics, any order). */
@StaysVietnamese("the headers offices write in the delegate lists they bring (and the exported list's)")
enum DelegateColumn {
    NAME("Họ và tên", "họ và tên", "họ tên", "họ và tên đại biểu", "tên đại biểu", "đại biểu", "name", "full name"),
    HONORIFIC("Danh xưng", "danh xưng", "xưng hô", "ông/bà", "ông bà", "honorific"),
    GENDER("Giới tính", "giới tính", "phái", "nam/nữ", "nam nữ", "gender", "sex"),
    TITLE("Chức vụ", "chức vụ", "chức danh", "chức vụ/chức danh", "chức vụ, chức danh", "title", "position"),
    UNIT("Đơn vị", "đơn vị", "cơ quan", "đơn vị công tác", "cơ quan/đơn vị", "cơ quan, đơn vị", "unit", "organization"),
    GROUP("Thành phần", "thành phần", "thành phần đại biểu", "nhóm", "nhóm đại biểu", "group"),
    POINT("Điểm cầu", "điểm cầu", "dự tại", "nơi dự", "địa điểm dự", "điểm cầu dự", "point", "location"),
    PHONE("Điện thoại", "điện thoại", "sđt", "số điện thoại", "đt", "đtdđ", "di động", "số di động",
            "điện thoại di động", "phone", "mobile", "tel"),
    EMAIL("Email", "email", "e-mail", "thư điện tử", "địa chỉ email", "mail"),
    RANK("Thứ tự giới thiệu", "thứ tự giới thiệu", "tt giới thiệu", "giới thiệu", "thứ tự lễ tân", "thứ tự", "protocol rank"),
    NOTES("Ghi chú", "ghi chú", "ghi chu", "note", "notes");

    final String label;
    final List<String> synonyms;

    DelegateColumn(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    static Map<DelegateColumn, List<String>> synonyms() {
        Map<DelegateColumn, List<String>> map = new EnumMap<>(DelegateColumn.class);
        for (DelegateColumn c : values()) {
            map.put(c, c.synonyms);
        }
        return map;
    }

    /** The column a rule's field name ("phone") belongs to, for messages. */
    static DelegateColumn ofField(String field) {
        return switch (field) {
            case "fullName" -> NAME;
            case "gender" -> GENDER;
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "point" -> POINT;
            case "protocolRank" -> RANK;
            case "title" -> TITLE;
            case "unitName" -> UNIT;
            case "groupName" -> GROUP;
            default -> NOTES;
        };
    }
}
