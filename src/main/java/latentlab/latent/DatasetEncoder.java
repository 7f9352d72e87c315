package latentlab.latent;

import java.io.IOException;
import java.util.List;
import latentlab.data.Dataset;

/** Codes of whole data sets, encoded in chunks so that memory stays bounded whatever their size. */
public final class DatasetEncoder {
    /** Images per call to the codec: large enough to amortise per-call overhead, small in memory. */
    static final int CHUNK = 2048;

    private DatasetEncoder() {
    }

    /** Receives the codes of one image. */
    @FunctionalInterface
    public interface CodeSink {
        void accept(Dataset set, int index, float[] code) throws IOException;
    }

    /** Encodes every image of {@code sets} in order and hands each code to {@code sink}; returns the count. */
    public static int forEachCode(Codec codec, List<Dataset> sets, CodeSink sink) throws IOException {
        int d = codec.latentDim();
        int count = 0;
        for (Dataset set : sets) {
            int p = set.pixelsPerImage();
            for (int start = 0; start < set.size(); start += CHUNK) {
                int n = Math.min(CHUNK, set.size() - start);
                float[] px = new float[n * p];
                System.arraycopy(set.pixels(), start * p, px, 0, px.length);
                int[] labels = new int[n];
                System.arraycopy(set.labels(), start, labels, 0, n);
                float[] codes = codec.encode(px, labels);
                for (int k = 0; k < n; k++) {
                    float[] code = new float[d];
                    System.arraycopy(codes, k * d, code, 0, d);
                    sink.accept(set, start + k, code);
                }
                count += n;
            }
        }
        return count;
    }

    /** The codes of every image of {@code sets}, in order, row-major (n x latentDim). */
    public static float[] encodeAll(Codec codec, List<Dataset> sets) {
        int d = codec.latentDim();
        int n = sets.stream().mapToInt(Dataset::size).sum();
        float[] all = new float[n * d];
        int[] at = {0};
        try {
            forEachCode(codec, sets, (set, i, code) -> {
                System.arraycopy(code, 0, all, at[0], d);
                at[0] += d;
            });
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory sink cannot fail", e);
        }
        return all;
    }
}
