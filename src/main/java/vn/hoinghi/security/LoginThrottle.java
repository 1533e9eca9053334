package vn.hoinghi.security;

import java.time.Duration;

/**
 * Slows down password guessing: after {@value #ALLOWED_FAILURES} failed logins in a row for one user name from one
 * client address, that pair is locked for a while, longer with every further failure. The name is the canonical one
 * ({@link UserNames}), so every spelling of an account shares its lock; a name no account has is counted and locked
 * the same way, so a lock tells nothing of who exists. Failures are forgotten {@link #FORGET_AFTER} after the last
 * one. One instance counts in memory ({@link MemoryLoginThrottle}); instances sharing a Redis count there together
 * ({@link RedisLoginThrottle}), so a guesser gains nothing by spreading tries over them.
 */
interface LoginThrottle {

    int ALLOWED_FAILURES = 5;
    Duration FIRST_LOCK = Duration.ofMinutes(1);
    Duration LONGEST_LOCK = Duration.ofMinutes(15);
    Duration FORGET_AFTER = Duration.ofHours(1);

    /** Who tries to log in: a canonical user name from a client address. */
    record Key(String username, String address) {
        public Key {
            // a name longer than any account's is no account: its length is capped, not kept
            username = username.length() > UserNames.MAX_LENGTH ? username.substring(0, UserNames.MAX_LENGTH + 1) : username;
            address = address == null ? "" : address;
        }
    }

    /** How long this name stays locked for this address, or zero. */
    Duration lockedFor(Key key);

    void failed(Key key);

    void succeeded(Key key);

    /** The lock that this many failures in a row earn: none below the allowed number, then doubling to the longest. */
    static Duration lockAfter(int failures) {
        if (failures < ALLOWED_FAILURES) {
            return Duration.ZERO;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - ALLOWED_FAILURES, 4));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
