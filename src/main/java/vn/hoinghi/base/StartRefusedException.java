package vn.hoinghi.base;

/**
 * The app will not start for a reason the operator can fix (a data folder that would be wiped, no first admin…).
 * {@link StartRefusedAnalyzer} prints it in two lines — what is wrong, what to do — without a stack trace.
 */
public class StartRefusedException extends RuntimeException {

    private final String action;

    public StartRefusedException(String problem, String action) {
        this(problem, action, null);
    }

    public StartRefusedException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
