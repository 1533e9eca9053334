package vn.hoinghi.delegate;

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
        String phoneText = SearchKey.clean(phone);
        String cleanPhone = phoneText == null ? null : Phones.normalize(phoneText).orElseThrow(() ->
                new ValidationException(Map.of("substitutePhone", "Số điện thoại \"" + phoneText + "\" không hợp lệ.")));
        return new Substitute(cleanName, cleanName == null ? null : SearchKey.clean(title),
                cleanName == null ? null : cleanPhone);
    }
}
