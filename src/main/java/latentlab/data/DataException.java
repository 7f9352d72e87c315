package latentlab.data;

/**
 * A data file or source that cannot be used. The message is one sentence meant for the user:
 * it names the file or source and says what is wrong with it.
 */
public class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
