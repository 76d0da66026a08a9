package dev.reload.importing;

/**
 * The only error an importer lets out: the file could not be turned into an activity. The
 * {@link #reason()} is written for the person who uploaded it ("the file ends early").
 */
public class UnreadableFileException extends Exception {

    private final String reason;

    public UnreadableFileException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** Plain words for the person, e.g. "not an activity file: it holds device settings". */
    public String reason() {
        return reason;
    }
}
