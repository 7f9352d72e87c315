package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.latent.LatentStats;
import org.junit.jupiter.api.Test;

class TraversalChooserViewModelTest {

    private final TraversalChooserViewModel vm = new TraversalChooserViewModel();
    private final List<ComparedModel> models = TraversalFixtures.pair();

    TraversalChooserViewModelTest() {
        vm.setModels(models);
    }

    @Test
    void anInterpolationRunsBetweenTheSameTwoSamplesInEachModelsOwnCodes() {
        vm.sampleAProperty().set(0);
        vm.sampleBProperty().set(7);
        vm.stepsProperty().set(10);
        var paths = vm.paths();
        for (int m = 0; m < 2; m++) {
            var path = paths.get(m).path();
            assertEquals(11, path.size());
            assertArrayEquals(models.get(m).data().code(0), path.code(0));
            assertArrayEquals(models.get(m).data().code(7), path.code(10), 1e-6f);
        }
        assertEquals("linear, 10 steps", paths.get(0).description());
        assertTrue(vm.sphericalOfferedProperty().get(), "the VAE's codes are Gaussian");
    }

    @Test
    void sphericalBendsOnlyTheVariationalModelsPath() {
        vm.sampleAProperty().set(0);
        vm.sampleBProperty().set(4);
        vm.sphericalProperty().set(true);
        var paths = vm.paths();
        assertEquals("linear (its codes are not Gaussian), 24 steps", paths.get(0).description());
        assertEquals("spherical, 24 steps", paths.get(1).description());
        // The VAE's samples 0 and 4 are (-2, -1.5) and (2, -1.5), both of length 2.5.
        float[] mid = paths.get(1).path().code(12);
        assertEquals(2.5, Math.hypot(mid[0], mid[1]), 1e-5, "the great circle keeps the codes' length");
        float[] aeMid = paths.get(0).path().code(12);
        assertArrayEquals(new float[] {0, -4.5f}, aeMid, 1e-5f, "the AE's path stays straight");

        vm.setModels(List.of(TraversalFixtures.jumpy("AE"), TraversalFixtures.jumpy("deep AE")));
        assertFalse(vm.sphericalOfferedProperty().get());
        assertFalse(vm.sphericalProperty().get(), "no spherical choice is left on with no Gaussian model");
    }

    @Test
    void aSweepCoversTheSameNumberOfStandardDeviationsInEveryModel() {
        vm.kindProperty().set(TraversalKind.SWEEP);
        vm.dimensionProperty().set(1);
        vm.rangeProperty().set(2);
        vm.sampleAProperty().set(3);
        vm.stepsProperty().set(8);
        var paths = vm.paths();
        for (int m = 0; m < 2; m++) {
            var data = models.get(m).data();
            LatentStats s = LatentStats.of(data.codes(), 2);
            var path = paths.get(m).path();
            assertEquals(s.mean()[1] - 2 * s.sd()[1], path.code(0)[1], 1e-5);
            assertEquals(s.mean()[1] + 2 * s.sd()[1], path.code(8)[1], 1e-5);
            assertEquals(data.code(3)[0], path.code(5)[0], "the other dimension stays at the sample's code");
        }
        assertTrue(paths.get(0).description().startsWith("z2 from "));
    }

    @Test
    void aRandomWalkTakesTheSameTurnsInEveryModelScaledToItsSpread() {
        vm.kindProperty().set(TraversalKind.RANDOM_WALK);
        vm.seedProperty().set(11);
        vm.stepSizeProperty().set(0.5);
        vm.sampleAProperty().set(2);
        var paths = vm.paths();
        float[] ae = paths.get(0).path().codes();
        float[] vae = paths.get(1).path().codes();
        // Same seed, same Gaussian draws: each model's first step points the same way.
        double aeX = ae[2] - ae[0];
        double aeY = ae[3] - ae[1];
        double vaeX = vae[2] - vae[0];
        double vaeY = vae[3] - vae[1];
        assertEquals(aeX / Math.hypot(aeX, aeY), vaeX / Math.hypot(vaeX, vaeY), 1e-5);
        assertArrayEquals(models.get(0).data().code(2), paths.get(0).path().code(0));
        assertEquals(paths.get(0).path().codes().length, vm.paths().get(0).path().codes().length);
        assertArrayEquals(ae, vm.paths().get(0).path().codes(), "the same seed walks the same way again");
    }

    @Test
    void aDrawnLineIsCutIntoEqualStepsInEachModel() {
        vm.stepsProperty().set(4);
        vm.setDrawn(List.of(new float[] {0, 0, 3, 0, 3, 1}));
        assertEquals(TraversalKind.DRAWN, vm.kindProperty().get());
        var paths = vm.paths();
        assertArrayEquals(new float[] {0, 0, 1, 0, 2, 0, 3, 0, 3, 1}, paths.get(1).path().codes(), 1e-6f);
        assertEquals("drawn, 4 steps", paths.get(0).description());
    }

    @Test
    void settingsThatMakeNoPathSayWhatToChange() {
        vm.sampleAProperty().set(4);
        vm.sampleBProperty().set(4);
        assertNull(vm.paths());
        assertEquals("Choose two different samples to interpolate between", vm.messageProperty().get());
        vm.sampleBProperty().set(20);
        assertNull(vm.paths());
        assertEquals("Sample 20 does not exist: choose 0 to 19", vm.messageProperty().get());
        vm.sampleBProperty().set(5);
        vm.stepsProperty().set(500);
        assertNull(vm.paths());
        assertEquals("At most 120 steps: more frames would not be told apart in the filmstrip",
                vm.messageProperty().get());
        vm.stepsProperty().set(12);
        vm.kindProperty().set(TraversalKind.SWEEP);
        vm.dimensionProperty().set(2);
        assertNull(vm.paths());
        assertEquals("AE has 2 latent dimensions: choose z1 to z2", vm.messageProperty().get());
        vm.kindProperty().set(TraversalKind.DRAWN);
        assertNull(vm.paths());
        assertEquals("Draw a path over the embedding first", vm.messageProperty().get());
        vm.kindProperty().set(TraversalKind.INTERPOLATION);
        assertEquals(2, vm.paths().size());
        assertEquals("", vm.messageProperty().get(), "a good choice clears the old complaint");
        assertEquals("5", vm.sampleClass(5));
    }
}
