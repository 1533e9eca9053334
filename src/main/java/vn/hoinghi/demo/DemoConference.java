package vn.hoinghi.demo;

import java.util.Optional;

/** A demo conference the demo page offers: loaded in one click, once. */
public interface DemoConference {

    /** Its translation keys' middle part: {@code demo.<key>.title}, {@code .description}, {@code .load}… */
    String key();

    /** The conference, when it has been loaded. */
    Optional<Long> loadedId();

    DemoLoaded load();
}
