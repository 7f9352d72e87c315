package latentlab.train.checkpoint;

import java.io.IOException;

/** A checkpoint that cannot be used as asked; the message says why, in the user's terms. */
public final class CheckpointException extends IOException {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
