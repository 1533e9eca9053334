package vn.hoinghi.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The units an account of a unit's representative can belong to. The unit feature provides it (it already
 * depends on security); the accounts page only shows the choice, so no cycle between the two.
 */
public interface UnitDirectory {

    /** Every unit of the directory. */
    List<UnitChoice> units();

    /** The units of the provinces of these conferences (decision 034); every unit when none is given. */
    List<UnitChoice> unitsFor(Collection<Long> conferenceIds);

    /** Why this unit's account may not serve these conferences (a unit of another province); empty when it may. */
    Optional<String> refusal(long unitId, Collection<Long> conferenceIds);

    record UnitChoice(long id, String name, String province) {
    }
}
