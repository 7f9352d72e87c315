package latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import latentlab.model.Settings;
import latentlab.data.Dataset;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import org.junit.jupiter.api.Test;

class DatasetEncoderTest {
    /** A codec whose code of an image is (its first pixel, its label): order mistakes show at once. */
    private static final class FirstPixel implements Codec {
        final List<Integer> calls = new ArrayList<>();

        @Override
        public ModelSpec spec() {
            return ModelSpec.defaults(ModelKind.AE, 2).with(Settings.IMAGE_SIDE, 4);
        }

        @Override
        public float[] encode(float[] pixels, int[] labels) {
            int n = labels.length;
            calls.add(n);
            float[] z = new float[2 * n];
            for (int i = 0; i < n; i++) {
                z[2 * i] = pixels[i * 16];
                z[2 * i + 1] = labels[i];
            }
            return z;
        }

        @Override
        public float[] decode(float[] codes, int[] labels) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static Dataset numbered(String id, int n, int offset) {
        float[] px = new float[n * 16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            px[i * 16] = offset + i;
            labels[i] = i % 3;
        }
        return new Dataset(id, px, labels, 4, 4, List.of("a", "b", "c"));
    }

    @Test
    void everyImageIsEncodedOnceInOrderAcrossChunksAndSets() {
        FirstPixel codec = new FirstPixel();
        Dataset train = numbered("t", DatasetEncoder.CHUNK + 5, 0);
        Dataset val = numbered("v", 7, DatasetEncoder.CHUNK + 5);
        float[] codes = DatasetEncoder.encodeAll(codec, List.of(train, val));
        int n = train.size() + val.size();
        assertEquals(2 * n, codes.length);
        for (int i = 0; i < n; i++) {
            assertEquals(i, codes[2 * i], "image " + i);
        }
        assertEquals(List.of(DatasetEncoder.CHUNK, 5, 7), codec.calls, "chunks never exceed the chunk size");
    }
}
