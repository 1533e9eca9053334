package vn.hoinghi.delegate;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.base.PersonNames;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;

/** Who comes in a leader's place ("dự thay"), tidied: no name means none, and then no title or phone either. */
record Substitute(String name, String title, String phone) {

    static final Substitute NONE = new Substitute(null, null, null);

    static Substitute of(String name, String title, String phone) {
        String cleanName = PersonNames.tidy(name);
        String cleanTitle = cleanName == null ? null : SearchKey.clean(title);
        Map<String, String> tooLong = new LinkedHashMap<>();
        if (length(cleanName) > RsvpAnswer.NAME_LENGTH) {
            tooLong.put("substituteName", "Họ và tên người dự thay dài quá "
                    + RsvpAnswer.NAME_LENGTH + " ký tự.");
        }
        if (length(cleanTitle) > RsvpAnswer.TITLE_LENGTH) {
            tooLong.put("substituteTitle", "Chức vụ người dự thay dài quá "
                    + RsvpAnswer.TITLE_LENGTH + " ký tự.");
        }
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
        String phoneText = SearchKey.clean(phone);
        String cleanPhone = phoneText == null ? null : Phones.normalize(phoneText).orElseThrow(() ->
                new ValidationException(Map.of("substitutePhone", "Số điện thoại \"" + phoneText + "\" không hợp lệ.")));
        return new Substitute(cleanName, cleanTitle, cleanName == null ? null : cleanPhone);
    }

    /** In characters, as the database counts them. */
    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
