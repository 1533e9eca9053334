package vn.hoinghi.security;

import java.util.List;

/**
 * The units an account of a unit's representative can belong to. The unit feature provides it (it already
 * depends on security); the accounts page only shows the choice, so no cycle between the two.
 */
public interface UnitDirectory {

    List<UnitChoice> units();

    record UnitChoice(long id, String name) {
    }
}
