package latentlab.train.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;

/**
 * The two binary files of a checkpoint. Both are big-endian and start with an 8-byte magic and
 * an int format version.
 *
 * <pre>
 * params.bin:    "LLPARAMS" version count { name(UTF) rank dims(long...) data(float...) }*
 * optimizer.bin: "LLADAMST" version beta1 beta2 eps(double) count
 *                { name(UTF) step(long) m(rank dims data) v(rank dims data) }*
 * </pre>
 */
final class BinaryTensors {
    static final int VERSION = 1;
    private static final byte[] PARAMS_MAGIC = "LLPARAMS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADAM_MAGIC = "LLADAMST".getBytes(StandardCharsets.US_ASCII);

    private BinaryTensors() {
    }

    static byte[] params(ParamSnapshot snapshot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(estimate(snapshot.parameterCount()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(PARAMS_MAGIC);
            out.writeInt(VERSION);
            out.writeInt(snapshot.values().size());
            for (Map.Entry<String, Tensor> e : snapshot.values().entrySet()) {
                out.writeUTF(e.getKey());
                writeTensor(out, e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    static byte[] optimizer(OptimizerState state) throws IOException {
        long n = 0;
        for (Tensor t : state.firstMoments().values()) {
            n += 2L * t.data().length;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(estimate(n));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(ADAM_MAGIC);
            out.writeInt(VERSION);
            out.writeDouble(state.beta1());
            out.writeDouble(state.beta2());
            out.writeDouble(state.epsilon());
            out.writeInt(state.steps().size());
            for (Map.Entry<String, Long> e : state.steps().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
                writeTensor(out, state.firstMoments().get(e.getKey()));
                writeTensor(out, state.secondMoments().get(e.getKey()));
            }
        }
        return bytes.toByteArray();
    }

    static ParamSnapshot readParams(byte[] data, String file) throws CheckpointException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            header(in, PARAMS_MAGIC, file);
            int count = in.readInt();
            Map<String, Tensor> values = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                values.put(in.readUTF(), readTensor(in));
            }
            return new ParamSnapshot(values);
        } catch (EOFException e) {
            throw new CheckpointException(file + " is truncated", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(file + " is not a valid parameter file: " + e.getMessage(), e);
        }
    }

    static OptimizerState readOptimizer(byte[] data, String file) throws CheckpointException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            header(in, ADAM_MAGIC, file);
            double b1 = in.readDouble();
            double b2 = in.readDouble();
            double eps = in.readDouble();
            int count = in.readInt();
            Map<String, Long> steps = new LinkedHashMap<>();
            Map<String, Tensor> ms = new LinkedHashMap<>();
            Map<String, Tensor> vs = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                steps.put(name, in.readLong());
                ms.put(name, readTensor(in));
                vs.put(name, readTensor(in));
            }
            return new OptimizerState(b1, b2, eps, steps, ms, vs);
        } catch (EOFException e) {
            throw new CheckpointException(file + " is truncated", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckpointException(file + " is not a valid optimizer file: " + e.getMessage(), e);
        }
    }

    private static void header(DataInputStream in, byte[] magic, String file) throws IOException {
        byte[] got = new byte[magic.length];
        in.readFully(got);
        if (!Arrays.equals(got, magic)) {
            throw new CheckpointException(file + " is not a LatentLab " + (magic == PARAMS_MAGIC
                    ? "parameter" : "optimizer") + " file");
        }
        int version = in.readInt();
        if (version > VERSION) {
            throw new CheckpointException(file + " has format version " + version
                    + ", newer than this LatentLab understands (it reads up to " + VERSION + ")");
        }
    }

    private static int estimate(long floats) {
        return (int) Math.min(Integer.MAX_VALUE - 64, floats * 4 + 4096);
    }

    private static void writeTensor(DataOutputStream out, Tensor t) throws IOException {
        long[] shape = t.shape();
        out.writeInt(shape.length);
        for (long d : shape) {
            out.writeLong(d);
        }
        float[] data = t.data();
        ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.BIG_ENDIAN);
        buf.asFloatBuffer().put(data);
        out.write(buf.array());
    }

    private static Tensor readTensor(DataInputStream in) throws IOException {
        int rank = in.readInt();
        if (rank < 0 || rank > 8) {
            throw new IOException("bad tensor rank " + rank);
        }
        long[] shape = new long[rank];
        long n = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = in.readLong();
            if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
                throw new IOException("bad tensor dimension " + shape[i]);
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE / 4) {
                throw new IOException("tensor too large: " + Arrays.toString(shape));
            }
        }
        // The file is in memory: a tensor that claims more bytes than are left is refused before
        // anything of its declared size is allocated.
        if (n * 4 > in.available()) {
            throw new EOFException("tensor " + Arrays.toString(shape) + " needs " + n * 4 + " bytes but "
                    + in.available() + " are left");
        }
        byte[] raw = new byte[(int) n * 4];
        in.readFully(raw);
        float[] data = new float[(int) n];
        ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(data);
        return new Tensor(shape, data);
    }
}
