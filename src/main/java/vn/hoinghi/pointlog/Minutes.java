package vn.hoinghi.pointlog;

import java.time.Duration;

/** A length in whole minutes as the record prints it: rounded to the nearest minute (a half rounds up). */
public final class Minutes {

    private Minutes() {
    }

    public static long of(Duration length) {
        return length == null ? 0 : (length.toSeconds() + 30) / 60;
    }
}
