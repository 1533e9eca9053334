package vn.hoinghi.conference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;

/** The rules a conference plan must meet; messages name the field, in Vietnamese. */
final class ConferenceValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ConferenceValidator() {
    }

    static void validate(ConferenceDraft d) {
        Map<String, String> e = new LinkedHashMap<>();
        required(e, "title", d.getTitle(), "Hãy nhập tên hội nghị.");
        required(e, "organizer", d.getOrganizer(), "Hãy nhập cơ quan tổ chức.");
        required(e, "province", d.getProvince(), "Hãy nhập tỉnh, thành phố.");
        required(e, "venue", d.getVenue(), "Hãy nhập địa điểm tổ chức.");
        if (d.getFormat() == null) {
            e.put("format", "Hãy chọn hình thức tổ chức.");
        }
        if (d.getStartsAt() == null) {
            e.put("startsAt", "Hãy chọn ngày giờ bắt đầu.");
        }
        if (d.getEndsAt() == null) {
            e.put("endsAt", "Hãy chọn ngày giờ kết thúc.");
        } else if (d.getStartsAt() != null && !d.getEndsAt().isAfter(d.getStartsAt())) {
            e.put("endsAt", "Giờ kết thúc phải sau giờ bắt đầu.");
        }
        notNegative(e, "expectedHallDelegates", d.getExpectedHallDelegates(), "Số đại biểu dự kiến");
        String email = SearchKey.clean(d.getSubmissionEmail());
        if (email != null && !EMAIL.matcher(email).matches()) {
            e.put("submissionEmail", "Email nhận hồ sơ \"" + email + "\" không hợp lệ.");
        }
        if (d.getSubmissionDeadline() != null && d.getStartsAt() != null
                && d.getSubmissionDeadline().isAfter(d.getStartsAt().toLocalDate())) {
            e.put("submissionDeadline", "Hạn nộp tham luận phải trước ngày hội nghị.");
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
    }

    private static void required(Map<String, String> e, String field, String value, String message) {
        if (SearchKey.clean(value) == null) {
            e.put(field, message);
        }
    }

    private static void notNegative(Map<String, String> e, String field, Integer value, String label) {
        if (value != null && value < 0) {
            e.put(field, label + " không được là số âm.");
        }
    }
}
