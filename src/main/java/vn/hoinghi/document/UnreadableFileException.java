package vn.hoinghi.document;

/** A file that cannot be read as a table; the message is for the user, in Vietnamese. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
