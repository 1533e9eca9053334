package vn.hoinghi.base;

/** Someone else saved the same record since it was opened: the user must reload, nothing is overwritten. */
public class VersionConflictException extends RuntimeException {
    public VersionConflictException(String message) {
        super(message);
    }
}
