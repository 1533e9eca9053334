package vn.hoinghi.delegate;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.base.PersonNames;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;

/** Who comes in a leader's place ("dự thay"), tidied: no name means none, and then no title or phone either. */
record Substitute(String name, String title, String phone) {

    static final Substitute NONE = new Substitute(null, null, null);

    static Substitute of(String name, String title, String phone) {
        String cleanName = PersonNames.tidy(name);
        String cleanTitle = cleanName == null ? null : SearchKey.clean(title);
        Map<String, String> tooLong = new LinkedHashMap<>();
        if (length(cleanName) > RsvpAnswer.NAME_LENGTH) {
            tooLong.put("substituteName",
                    Texts.t("delegate.substitute.nameTooLong", String.valueOf(RsvpAnswer.NAME_LENGTH)));
        }
        if (length(cleanTitle) > RsvpAnswer.TITLE_LENGTH) {
            tooLong.put("substituteTitle",
                    Texts.t("delegate.substitute.titleTooLong", String.valueOf(RsvpAnswer.TITLE_LENGTH)));
        }
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
        String phoneText = SearchKey.clean(phone);
        String cleanPhone = phoneText == null ? null : Phones.normalize(phoneText).orElseThrow(() ->
                new ValidationException(Map.of("substitutePhone", Texts.t("delegate.substitute.phoneInvalid", phoneText))));
        return new Substitute(cleanName, cleanTitle, cleanName == null ? null : cleanPhone);
    }

    /** In characters, as the database counts them. */
    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
