package vn.hoinghi.delegate;

import vn.hoinghi.base.SearchKey;

/** A delegate's validated, normalised fields with unit, group and point resolved to ids — what gets stored. */
public record DelegateValues(String fullName, Gender gender, String title, Long unitId, String unitName, Long groupId,
                             long pointId, Integer protocolRank, String phone, String email, String notes) {

    public String nameKey() {
        return SearchKey.fold(fullName);
    }

    public String searchKey() {
        String text = String.join(" ", fullName, nz(title), nz(unitName), nz(phone), nz(email));
        String key = SearchKey.fold(text);
        return key.length() > 1200 ? key.substring(0, 1200) : key;
    }

    /** True when storing these values would change nothing for this delegate. */
    public boolean sameAs(Delegate d) {
        return fullName.equals(d.fullName()) && gender == d.gender() && eq(title, d.title())
                && eq(unitId, d.unitId()) && eq(groupId, d.groupId()) && pointId == d.pointId()
                && eq(protocolRank, d.protocolRank()) && eq(phone, d.phone()) && eq(email, d.email())
                && eq(notes, d.notes());
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
