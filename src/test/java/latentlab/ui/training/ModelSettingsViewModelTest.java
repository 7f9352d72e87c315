package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;
import latentlab.model.Settings;
import latentlab.model.testing.OtherValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelSettingsViewModelTest {

    @Test
    void startsAsATwoDimensionalVaeThatCanBeTrained() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        assertTrue(vm.problemsProperty().get().isEmpty(), vm.problemsProperty().get().toString());
        ModelSpec spec = vm.spec();
        assertEquals(ModelKind.VAE, spec.kind());
        assertEquals(2, spec.latentDim());
        assertEquals(List.of(400), spec.hidden());
        assertEquals(ModelSpec.ReconstructionLoss.BCE, spec.get(Settings.RECONSTRUCTION));
    }

    @Test
    void choosingAKindLoadsItsPresetButKeepsTheLatentSize() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.value(Settings.LATENT).set(3);
        vm.value(Settings.HIDDEN).set("64");
        vm.kindProperty().set(ModelKind.DAE);
        ModelSpec spec = vm.spec();
        assertEquals(3, spec.latentDim());
        assertEquals(List.of(128, 64, 12), spec.hidden());
        assertEquals(Corruption.Type.GAUSSIAN, spec.get(Settings.NOISE));
    }

    @Test
    void eachKindOffersTheSettingsItDeclaresAndNoOthers() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        assertEquals(List.of(Settings.LATENT, Settings.HIDDEN, Settings.RECONSTRUCTION, Settings.BETA,
                Settings.KL_WARMUP, Settings.FREE_BITS, Settings.WEIGHT_DECAY), vm.editableProperty().get());
        vm.kindProperty().set(ModelKind.CONV_AE);
        assertTrue(vm.editableProperty().get().contains(Settings.CHANNELS));
        assertFalse(vm.editableProperty().get().contains(Settings.HIDDEN), "a conv model has channels, not layers");
        vm.kindProperty().set(ModelKind.PCA);
        assertEquals(List.of(Settings.LATENT), vm.editableProperty().get());
        for (ModelKind k : ModelKind.values()) {
            vm.kindProperty().set(k);
            for (Setting<?> s : vm.editableProperty().get()) {
                assertEquals(Setting.Source.USER, s.source(), k + " " + s);
                assertTrue(k.settings().containsKey(s), k + " " + s);
            }
        }
    }

    @Test
    void badValuesAreExplainedAndBlockTraining() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.value(Settings.HIDDEN).set("400, lots");
        vm.learningRateProperty().set(0);
        vm.value(Settings.LATENT).set(0);
        vm.value(Settings.BETA).set(-1.0);
        List<String> p = vm.problemsProperty().get();
        assertEquals(List.of("Latent size must be from 1 to 1,024, got 0.",
                "Hidden layers must be whole numbers separated by commas, e.g. 128, 64, 12, got '400, lots'.",
                "Beta must be from 0 to 1,000,000, got -1.",
                "Learning rate must be above 0 and at most 1."), p);
        assertThrows(IllegalStateException.class, vm::spec);
        vm.value(Settings.HIDDEN).set("256 128");
        vm.learningRateProperty().set(1e-3);
        vm.value(Settings.LATENT).set(8);
        vm.value(Settings.BETA).set(4.0);
        assertTrue(vm.problemsProperty().get().isEmpty(), vm.problemsProperty().get().toString());
        assertEquals(List.of(256, 128), vm.spec().hidden());
        assertEquals(4.0, vm.spec().get(Settings.BETA));
    }

    @Test
    void aRuleBetweenSettingsIsExplainedToo() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.kindProperty().set(ModelKind.CONV_AE);
        vm.value(Settings.CHANNELS).set("8, 16, 32");
        assertEquals(List.of("conv-ae halves the image side 3 times, so it needs a side divisible by 8; these images"
                + " are 28x28."), vm.problemsProperty().get());
    }

    @Test
    void showingASavedSpecRestoresEveryField() {
        ModelSpec saved = ModelSpec.defaults(ModelKind.VAE, 16).with(Settings.BETA, 4.0).with(Settings.KL_WARMUP, 5)
                .with(Settings.HIDDEN, List.of(256, 32));
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.show(saved);
        assertEquals(saved, vm.spec());
        assertEquals("256, 32", vm.value(Settings.HIDDEN).get());
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void everySettingOfEveryKindCanBeShownAndEditedBack(ModelKind kind) {
        ModelSpec saved = OtherValues.of(kind);
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.show(saved);
        assertTrue(vm.problemsProperty().get().isEmpty(), vm.problemsProperty().get().toString());
        assertEquals(saved, vm.spec());
    }
}
