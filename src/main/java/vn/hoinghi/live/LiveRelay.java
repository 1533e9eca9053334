package vn.hoinghi.live;

/** Carries this instance's committed changes to the other instances ({@link RedisLiveRelay}); none on a lone one. */
interface LiveRelay {

    /** Sends the change on; never throws, never waits for the broker. */
    void publish(ConferenceChanged change);
}
