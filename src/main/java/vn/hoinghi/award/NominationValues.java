package vn.hoinghi.award;

import vn.hoinghi.base.SearchKey;

/** A nomination's checked fields, with its quota (form and type) and proposing unit resolved: what gets stored. */
public record NominationValues(long quotaId, long proposingUnitId, String fullName, String title, String workUnit,
                               String achievement) {

    public String searchKey() {
        String key = SearchKey.fold(String.join(" ", fullName, title == null ? "" : title,
                workUnit == null ? "" : workUnit));
        return key.length() > 1200 ? key.substring(0, 1200) : key;
    }
}
