package latentlab.cli;

/** Input the user can fix: printed as one line, exit status {@link LatentLabCommand#EXIT_BAD_INPUT}. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
