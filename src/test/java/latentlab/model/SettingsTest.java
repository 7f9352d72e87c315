package latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import latentlab.data.Corruption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The declarations of the settings, and the spec that is checked against them. */
class SettingsTest {

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everyKindHasALatentSizeAnImageSideAndSettingsWithDistinctNames(ModelKind kind) {
        ModelSpec preset = ModelSpec.defaults(kind, 2);
        assertEquals(kind.settings().keySet(), preset.values().keySet());
        assertTrue(preset.has(Settings.LATENT) && preset.has(Settings.IMAGE_SIDE));
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Setting<?> s : kind.settings().keySet()) {
            assertTrue(keys.add(s.key()), "two settings of " + kind + " are saved as " + s.key());
            assertTrue(names.add(s.name()), "two settings of " + kind + " are called " + s.name());
        }
    }

    @Test
    void everyOptionNamesOneSetting() {
        Set<String> options = new HashSet<>();
        for (Setting<?> s : Settings.all()) {
            assertTrue(options.add(s.option()), "--" + s.option() + " is declared twice");
            assertFalse(s.help().isBlank(), s.key());
        }
    }

    @Test
    void commonSettingsAreSharedAndKindSpecificOnesStayWithTheirKinds() {
        assertEquals(List.of(ModelKind.VAE, ModelKind.CONV_VAE, ModelKind.CVAE), Settings.kindsOf(Settings.BETA));
        assertEquals(List.of(ModelKind.DAE), Settings.kindsOf(Settings.NOISE));
        assertEquals(List.of(ModelKind.CVAE), Settings.kindsOf(Settings.CLASSES));
        assertEquals(List.of(ModelKind.CONV_AE, ModelKind.CONV_VAE), Settings.kindsOf(Settings.CHANNELS));
        assertEquals(ModelKind.values().length - 1, Settings.kindsOf(Settings.WEIGHT_DECAY).size(), "all but PCA");
    }

    @Test
    void presetsAreThoseOfTheKinds() {
        assertEquals(List.of(128, 64, 12), ModelSpec.defaults(ModelKind.AE, 2).hidden());
        assertEquals(List.of(16, 32), ModelSpec.defaults(ModelKind.CONV_VAE, 2).hidden());
        assertEquals(List.of(), ModelSpec.defaults(ModelKind.PCA, 2).hidden());
        assertEquals(Corruption.Type.GAUSSIAN, ModelSpec.defaults(ModelKind.DAE, 2).get(Settings.NOISE));
        assertEquals(0.3, ModelSpec.defaults(ModelKind.DAE, 2).get(Settings.NOISE_LEVEL));
        assertEquals(ModelSpec.ReconstructionLoss.BCE, ModelSpec.defaults(ModelKind.VAE, 2).get(Settings.RECONSTRUCTION));
        assertEquals(ModelSpec.ReconstructionLoss.MSE, ModelSpec.defaults(ModelKind.AE, 2).get(Settings.RECONSTRUCTION));
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheSettingAndItsRange() {
        ModelSpec vae = ModelSpec.defaults(ModelKind.VAE, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> vae.with(Settings.BETA, -1.0));
        assertEquals("Beta must be from 0 to 1,000,000, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> vae.with(Settings.LATENT, 2000));
        assertEquals("Latent size must be from 1 to 1,024, got 2000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> vae.with(Settings.HIDDEN, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertEquals("Hidden layers must be at most 8 whole numbers, each from 1 to 8,192, got [1, 2, 3, 4, 5, 6, 7, 8, 9]",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> vae.with(Settings.BETA, Double.NaN));
        assertEquals("Beta must be from 0 to 1,000,000, got NaN", e.getMessage());
    }

    @Test
    void aSettingOfAnotherKindIsNeitherSetNorRead() {
        ModelSpec ae = ModelSpec.defaults(ModelKind.AE, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> ae.with(Settings.BETA, 4.0));
        assertEquals("Beta is not a setting of ae", e.getMessage());
        assertFalse(ae.has(Settings.BETA));
        assertThrows(IllegalArgumentException.class, () -> ae.get(Settings.BETA));
    }

    @Test
    void aConvolutionalModelNeedsASideItCanHalveAtEveryStage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.defaults(ModelKind.CONV_AE, 2).with(Settings.CHANNELS, List.of(8, 16, 32)));
        assertEquals("conv-ae halves the image side 3 times, so it needs a side divisible by 8; these images are 28x28",
                e.getMessage());
    }

    @Test
    void textIsReadAsTheCommandLineAndThePanelWriteIt() {
        assertEquals(List.of(128, 64, 12), Settings.HIDDEN.parse("128, 64 12", "--hidden"));
        assertEquals(List.of(), Settings.HIDDEN.parse(" ", "--hidden"));
        assertEquals(Corruption.Type.SALT_AND_PEPPER, Settings.NOISE.parse("salt-and-pepper", "--noise"));
        assertEquals(Corruption.Type.SALT_AND_PEPPER, Settings.NOISE.parse("SALT_AND_PEPPER", "--noise"));
        assertEquals(true, Settings.TIED_WEIGHTS.parse("true", "--tied-weights"));
        var e = assertThrows(IllegalArgumentException.class, () -> Settings.TIED_WEIGHTS.parse("yes", "--tied-weights"));
        assertEquals("--tied-weights must be true or false, got 'yes'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Settings.KL_WARMUP.parse("2.5", "--kl-warmup"));
        assertEquals("--kl-warmup must be a whole number, got '2.5'", e.getMessage());
        assertEquals("128,64,12", Settings.HIDDEN.format(List.of(128, 64, 12)));
        assertEquals("0.000001", Settings.WEIGHT_DECAY.format(1e-6));
        assertEquals("salt-and-pepper", Settings.NOISE.format(Corruption.Type.SALT_AND_PEPPER));
    }

    @Test
    void twoSpecsOfOneKindAndSizeAreToldApartByTheirFirstDifference() {
        ModelSpec a = ModelSpec.defaults(ModelKind.VAE, 20);
        ModelSpec b = a.with(Settings.KL_WARMUP, 5);
        assertEquals("vae latent 20 with kl-warmup 0", a.describeAgainst(b));
        assertEquals("vae latent 20 with kl-warmup 5", b.describeAgainst(a));
        assertEquals("ae latent 2", ModelSpec.defaults(ModelKind.AE, 2).describeAgainst(a));
    }
}
