package vn.hoinghi.security;

import java.util.List;

/**
 * The conferences an account can be bound to, as the accounts page offers them. The conference feature provides it (it
 * depends on this one), as the unit feature provides the {@link UnitDirectory}.
 */
public interface ConferenceDirectory {

    /** Every conference, the latest first. */
    List<ConferenceChoice> conferences();

    record ConferenceChoice(long id, String title) {
    }
}
