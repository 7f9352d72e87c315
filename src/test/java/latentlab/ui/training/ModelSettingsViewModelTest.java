package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import org.junit.jupiter.api.Test;

class ModelSettingsViewModelTest {

    @Test
    void startsAsATwoDimensionalVaeThatCanBeTrained() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        assertTrue(vm.problemsProperty().get().isEmpty(), vm.problemsProperty().get().toString());
        ModelSpec spec = vm.spec();
        assertEquals(ModelKind.VAE, spec.kind());
        assertEquals(2, spec.latentDim());
        assertEquals(List.of(400), spec.hidden());
        assertEquals(ModelSpec.ReconstructionLoss.BCE, spec.reconstruction());
    }

    @Test
    void choosingAKindLoadsItsPresetButKeepsTheLatentSize() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.latentDimProperty().set(3);
        vm.kindProperty().set(ModelKind.DAE);
        ModelSpec spec = vm.spec();
        assertEquals(3, spec.latentDim());
        assertEquals(List.of(128, 64, 12), spec.hidden());
        assertEquals(Corruption.Type.GAUSSIAN, spec.corruption().type());
    }

    @Test
    void badValuesAreExplainedAndBlockTraining() {
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.hiddenProperty().set("400, lots");
        vm.learningRateProperty().set(0);
        vm.latentDimProperty().set(0);
        List<String> p = vm.problemsProperty().get();
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("Hidden layers must be whole numbers")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("Learning rate")));
        assertThrows(IllegalStateException.class, vm::spec);
        vm.hiddenProperty().set("256 128");
        vm.learningRateProperty().set(1e-3);
        vm.latentDimProperty().set(8);
        assertTrue(vm.problemsProperty().get().isEmpty());
        assertEquals(List.of(256, 128), vm.spec().hidden());
    }

    @Test
    void showingASavedSpecRestoresEveryField() {
        ModelSpec saved = ModelSpec.defaults(ModelKind.VAE, 16).withBeta(4).withKlWarmupEpochs(5);
        ModelSettingsViewModel vm = new ModelSettingsViewModel();
        vm.show(saved);
        assertEquals(saved, vm.spec());
    }
}
