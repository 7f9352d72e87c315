package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import latentlab.latent.EmbeddingData;
import org.junit.jupiter.api.Test;

class LatentArithmeticViewModelTest {

    /** Records the codes it is asked to decode and answers with a 2x2 image holding the code. */
    private static final class Recorder implements FrameSource {
        final List<float[]> asked = new ArrayList<>();

        @Override
        public void decode(float[] codes, int n, java.util.function.Consumer<float[]> images,
                java.util.function.Consumer<String> error) {
            asked.add(codes.clone());
            images.accept(new float[] {codes[0], codes[1], 0, 0});
        }
    }

    private final Recorder ae = new Recorder();
    private final Recorder vae = new Recorder();
    private final LatentArithmeticViewModel vm = new LatentArithmeticViewModel();

    LatentArithmeticViewModelTest() {
        vm.setModels(List.of(new ComparedModel("AE", ae, TraversalFixtures.data(3), false),
                new ComparedModel("VAE", vae, TraversalFixtures.data(1), true)));
    }

    @Test
    void theMeanOfAClassIsDecodedInEachModelFromItsOwnCodes() {
        // Class 3 is samples 3 and 13: z1 = 1 and 1, z2 = spread * (-1.5) and spread * 0.5.
        vm.classAProperty().set(3);
        vm.decodeMean();
        assertArrayEquals(new float[] {1, -1.5f}, ae.asked.get(0), 1e-6f);
        assertArrayEquals(new float[] {1, -0.5f}, vae.asked.get(0), 1e-6f);
        assertEquals("mean(3)", vm.formulaProperty().get());
        assertEquals(2, vm.results().get(1).side());
        assertEquals("VAE", vm.results().get(1).model());
    }

    @Test
    void arithmeticMovesTheSampleByTheDifferenceOfTheMeans() {
        // mean(3) - mean(2) = (1, ...) - (0, ...): z1 moves by 1, z2 by nothing (same rows).
        vm.classAProperty().set(3);
        vm.classBProperty().set(2);
        vm.sampleProperty().set(5);
        vm.decodeArithmetic();
        float[] sample = TraversalFixtures.data(3).code(5);
        assertArrayEquals(new float[] {sample[0] + 1, sample[1]}, ae.asked.get(0), 1e-6f);
        assertEquals("mean(3) \u2212 mean(2) + sample 5 (5)", vm.formulaProperty().get());
        assertArrayEquals(new float[] {sample[0] + 1, sample[1], 0, 0}, vm.results().get(0).image(), 1e-6f);
    }

    @Test
    void aClassWithoutSamplesOrABadChoiceIsRefusedWithTheReason() {
        EmbeddingData few = new EmbeddingData(new float[] {0, 0, 1, 1}, 2, new int[] {0, 0}, List.of("0", "1"), null,
                28);
        vm.setModels(List.of(new ComparedModel("AE", ae, few, false)));
        vm.classAProperty().set(1);
        vm.decodeMean();
        assertEquals("Class 1 has no codes to average", vm.messageProperty().get());
        assertEquals(0, ae.asked.size());
        assertNull(vm.results().get(0).image());
        vm.classAProperty().set(4);
        vm.decodeMean();
        assertEquals("Class 4 does not exist: choose one of 0, 1", vm.messageProperty().get());
        vm.classAProperty().set(0);
        vm.classBProperty().set(0);
        vm.sampleProperty().set(9);
        vm.decodeArithmetic();
        assertEquals("Sample 9 does not exist: choose 0 to 1", vm.messageProperty().get());
    }
}
