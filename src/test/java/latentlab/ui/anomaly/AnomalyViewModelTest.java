package latentlab.ui.anomaly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.Codec;
import latentlab.latent.apps.AnomalyReport;
import latentlab.latent.apps.ErrorMetric;
import latentlab.latent.apps.Histogram;
import latentlab.latent.apps.ReconstructionErrors;
import latentlab.latent.metrics.ToyModels;
import latentlab.model.ModelKind;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;

class AnomalyViewModelTest {
    private final DataSplit data = ToyModels.data(40, 60);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.AE, 0);

    @Test
    void theHistogramWorstSamplesAndRocAreThoseOfTheComputation() {
        AnomalyViewModel vm = new AnomalyViewModel(new SameThreadExecutor(), () -> codec, () -> data);
        vm.compute(2);
        ReconstructionErrors errors = ReconstructionErrors.of(codec, data.validation());
        AnomalyReport expected = AnomalyReport.of(errors, data.validation().labels(), 2, ErrorMetric.MSE,
                AnomalyViewModel.WORST);
        Histogram h = Histogram.of(errors.mse(), AnomalyReport.MAX_BINS);
        assertArrayEquals(h.counts(), vm.histogramProperty().get().counts());
        assertArrayEquals(h.edges(), vm.histogramProperty().get().edges());
        assertEquals(expected.roc().auc(), vm.reportProperty().get().roc().auc());
        assertArrayEquals(expected.roc().truePositiveRate(), vm.reportProperty().get().roc().truePositiveRate());
        List<AnomalyViewModel.Sample> worst = vm.worstProperty().get();
        assertEquals(AnomalyViewModel.WORST, worst.size());
        for (int k = 0; k < worst.size(); k++) {
            assertEquals(expected.worstErrors()[k], worst.get(k).error(), 1e-12);
        }
        Dataset one = data.validation().subset("first", new int[] {expected.worst()[0]});
        assertArrayEquals(codec.reconstruct(one.pixels(), one.labels()), worst.get(0).reconstruction());
        assertTrue(vm.rocNoteProperty().get().startsWith(String.format(java.util.Locale.ROOT, "AUC %.3f, normal class c",
                expected.roc().auc())), vm.rocNoteProperty().get());

        vm.chooseNormal(0);
        AnomalyReport zero = AnomalyReport.of(errors, data.validation().labels(), 0, ErrorMetric.MSE, 1);
        assertEquals(zero.roc().auc(), vm.reportProperty().get().roc().auc(), "another normal class, another AUC");
    }

    @Test
    void aSetOfOneClassHasNoRocAndSaysWhy() {
        Dataset v = data.validation();
        int[] ones = java.util.stream.IntStream.range(0, v.size()).filter(i -> v.labels()[i] == 1).toArray();
        DataSplit onlyOnes = new DataSplit("toy:1", data.train(), v.subset("toy/validation:1", ones));
        AnomalyViewModel vm = new AnomalyViewModel(new SameThreadExecutor(), () -> codec, () -> onlyOnes);
        vm.compute(1);
        assertNull(vm.reportProperty().get());
        assertTrue(vm.rocNoteProperty().get().startsWith("No ROC curve: "), vm.rocNoteProperty().get());
        assertEquals(ones.length, vm.histogramProperty().get().total(), "the histogram is still shown");
    }

    @Test
    void withoutAModelTheStatusSaysSo() {
        AnomalyViewModel vm = new AnomalyViewModel(new SameThreadExecutor(), () -> null, () -> data);
        vm.compute(0);
        assertTrue(vm.computation().statusProperty().get().contains("No model is loaded"), vm.computation().statusProperty().get());
        assertNull(vm.histogramProperty().get());
    }
}
