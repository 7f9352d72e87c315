package latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ShiftedBatchesTest {
    @Test
    void shiftsAnImageByWholePixelsWithZerosComingIn() {
        float[] image = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        float[] out = new float[9];
        ShiftedBatches.shift(image, 0, out, 0, 3, 1, 0);
        assertArrayEquals(new float[] {0, 1, 2, 0, 4, 5, 0, 7, 8}, out);
        ShiftedBatches.shift(image, 0, out, 0, 3, -1, -1);
        assertArrayEquals(new float[] {5, 6, 0, 8, 9, 0, 0, 0, 0}, out);
    }
}
