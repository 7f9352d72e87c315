package latentlab.train.checkpoint;

import java.io.IOException;
import latentlab.model.ParamSnapshot;

/**
 * A checkpoint's parameter file ({@value Checkpoints#PARAMS}) on its own, for networks saved
 * without an optimizer or a model spec: the reference classifier.
 */
public final class ParamsFile {
    private ParamsFile() {
    }

    /** The bytes of {@value Checkpoints#PARAMS} holding {@code snapshot}. */
    public static byte[] encode(ParamSnapshot snapshot) throws IOException {
        return BinaryTensors.params(snapshot);
    }

    /** The parameters in {@code data}, or a message naming {@code file} and what is wrong. */
    public static ParamSnapshot decode(byte[] data, String file) throws CheckpointException {
        return BinaryTensors.readParams(data, file);
    }

    /** Lower-case hex SHA-256 of {@code data}, as checkpoints record it. */
    public static String sha256(byte[] data) {
        return Checkpoints.sha256(data);
    }
}
