package vn.hoinghi.award;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoinghi.award.repository.CeremonyRepository.Kept;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;

/** A recipient's ceremony fields checked and cleaned. */
final class CeremonyChanges {

    private CeremonyChanges() {
    }

    /** The delegate and a cleaned stand-in; a title needs a name. */
    static Kept standIn(Long delegateId, String name, String title) {
        String n = SearchKey.clean(name);
        String t = SearchKey.clean(title);
        Map<String, String> e = new LinkedHashMap<>();
        if (n == null && t != null) {
            e.put("standInName", Texts.t("award.standIn.needName"));
        }
        if (n != null && n.length() > 255 || t != null && t.length() > 255) {
            e.put(n != null && n.length() > 255 ? "standInName" : "standInTitle", Texts.t("award.tooLong255"));
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
        return new Kept(delegateId, n, t);
    }
}
