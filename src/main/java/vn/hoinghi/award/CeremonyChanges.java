package vn.hoinghi.award;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.hoinghi.award.repository.CeremonyRepository.Kept;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;

/** A recipient's ceremony fields checked and cleaned, and what changed in them as the audit log says it. */
final class CeremonyChanges {

    private CeremonyChanges() {
    }

    /** The delegate and a cleaned stand-in; a title needs a name. */
    static Kept standIn(Long delegateId, String name, String title) {
        String n = SearchKey.clean(name);
        String t = SearchKey.clean(title);
        Map<String, String> e = new LinkedHashMap<>();
        if (n == null && t != null) {
            e.put("standInName", "Hãy nhập họ tên người nhận thay.");
        }
        if (n != null && n.length() > 255 || t != null && t.length() > 255) {
            e.put(n != null && n.length() > 255 ? "standInName" : "standInTitle", "Dài quá 255 ký tự.");
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
        return new Kept(delegateId, n, t);
    }

    /** "Người nhận: A → B; Nhận thay: — → C, title". */
    static String of(CeremonyRecipient r, Kept v, String delegate) {
        StringBuilder s = new StringBuilder();
        if (!Objects.equals(r.delegateId(), v.delegateId())) {
            s.append(r.collective() ? "Người nhận: " : "Đại biểu: ").append(orDash(r.delegateName())).append(" → ")
                    .append(orDash(delegate));
        }
        if (!Objects.equals(r.standInName(), v.standInName()) || !Objects.equals(r.standInTitle(), v.standInTitle())) {
            s.append(s.isEmpty() ? "" : "; ").append("Nhận thay: ")
                    .append(orDash(CeremonyRecipient.person(r.standInName(), r.standInTitle()))).append(" → ")
                    .append(orDash(CeremonyRecipient.person(v.standInName(), v.standInTitle())));
        }
        return s.toString();
    }

    static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
