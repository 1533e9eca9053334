package vn.hoinghi.checkin;

/** A scanner sent a request id it had already used for another check-in: the scan is not stored. */
public class RequestIdReusedException extends RuntimeException {

    public RequestIdReusedException(String requestId, Throwable cause) {
        super("Request id " + requestId + " was already used for another check-in", cause);
    }
}
