package vn.hoinghi.delegate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.PersonNames;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.unit.UnitService;

/** The rules a delegate's fields follow, shared by the form and the importer. Messages name the field. */
final class DelegateRules {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private DelegateRules() {
    }

    /** A draft normalised: name recased, text in NFC, phone as "0…". */
    record Checked(String fullName, Gender gender, String title, String unitName, String groupName,
                   MeetingPoint point, Integer protocolRank, String phone, String email, String notes,
                   Map<String, String> errors) {
    }

    /** The delegate table's columns (migration V2). */
    static final int MAX_NAME = 255;
    static final int MAX_TITLE = 500;
    static final int MAX_EMAIL = 255;
    static final int MAX_NOTES = 1000;

    static Checked check(String rawName, Gender gender, String title, String unitName, String groupName,
                         MeetingPoint point, String pointText, Integer protocolRank, String rawPhone, String rawEmail,
                         String notes) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = PersonNames.tidy(rawName);
        if (name == null) {
            errors.put("fullName", "Thiếu họ và tên.");
        }
        String phoneText = SearchKey.clean(rawPhone);
        String phone = null;
        if (phoneText != null) {
            phone = Phones.normalize(phoneText).orElse(null);
            if (phone == null) {
                errors.put("phone", "Số điện thoại \"" + phoneText + "\" không hợp lệ (cần 10 chữ số, bắt đầu bằng 0 hoặc +84).");
            }
        }
        String email = SearchKey.clean(rawEmail);
        if (email != null) {
            email = email.toLowerCase(java.util.Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                errors.put("email", "Email \"" + SearchKey.clean(rawEmail) + "\" không hợp lệ.");
            }
        }
        if (point == null) {
            errors.put("point", pointText == null ? "Hãy chọn điểm cầu."
                    : "Không có điểm cầu \"" + pointText + "\". Hãy thêm nó ở trang Điểm cầu hoặc sửa tên cho đúng.");
        }
        if (protocolRank != null && protocolRank <= 0) {
            errors.put("protocolRank", "Thứ tự giới thiệu phải là số nguyên dương.");
        }
        String cleanTitle = SearchKey.clean(title);
        String cleanUnit = SearchKey.clean(unitName);
        String cleanGroup = SearchKey.clean(groupName);
        String cleanNotes = SearchKey.clean(notes);
        Lengths.check(errors, "fullName", name, MAX_NAME, "Họ và tên");
        Lengths.check(errors, "title", cleanTitle, MAX_TITLE, "Chức vụ");
        Lengths.check(errors, "unitName", cleanUnit, UnitService.MAX_NAME, "Tên đơn vị");
        Lengths.check(errors, "groupName", cleanGroup, GroupService.MAX_NAME, "Thành phần");
        Lengths.check(errors, "email", email, MAX_EMAIL, "Email");
        Lengths.check(errors, "notes", cleanNotes, MAX_NOTES, "Ghi chú");
        return new Checked(name, gender, cleanTitle, cleanUnit, cleanGroup, point, protocolRank, phone, email, cleanNotes,
                errors);
    }

    static MeetingPoint pointById(List<MeetingPoint> points, Long id) {
        return id == null ? null : points.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    static MeetingPoint pointByName(List<MeetingPoint> points, String name) {
        return PointService.resolve(points, name).orElse(null);
    }
}
