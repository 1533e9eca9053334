package vn.hoinghi.base;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The ids that rows refer to, for one lookup by id: each once, and nothing for the rows that refer to none. */
public final class Ids {

    private Ids() {
    }

    public static Set<Long> distinct(Collection<Long> ids) {
        Set<Long> distinct = new HashSet<>(ids);
        distinct.remove(null);
        return distinct;
    }
}
