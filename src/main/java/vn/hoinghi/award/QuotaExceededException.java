package vn.hoinghi.award;

/** Accepting this nomination would give more awards of its form and type than the quota allows. */
public class QuotaExceededException extends RuntimeException {

    public QuotaExceededException(String message) {
        super(message);
    }
}
