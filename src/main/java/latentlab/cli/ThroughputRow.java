package latentlab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.model.engine.MatmulPeak;
import latentlab.model.family.TrainingFlops;
import latentlab.train.ModelFactory;
import latentlab.train.StepProfiler;

/**
 * One row of the throughput table: a model at a batch size, measured in rounds of three in turn
 * (the matrix-product roof, LatentLab, the PyTorch reference), so that the machine's noise hits
 * all three alike; each figure is the median of its rounds. A short profile of the step says
 * what limits it.
 */
final class ThroughputRow {
    /** Side of the square matrix product whose speed is the roof. */
    private static final int ROOF_SIDE = 2048;

    /**
     * @param ours LatentLab's images per second, median of the rounds (NaN when no round finished)
     * @param reference the reference's, or null when it did not run
     * @param roof the matrix-product roof of this row's rounds, GFLOP/s
     * @param limits what the step's profile says limits it
     */
    record Result(String model, ModelSpec spec, int batch, double ours, ReferenceModels.Figures reference,
            double roof, String limits) {

        long flopsPerImage() {
            return TrainingFlops.perImage(spec);
        }

        double roofFraction() {
            return ours * flopsPerImage() / 1e9 / roof;
        }

        String markdown(String noReference) {
            String ref = reference == null ? "not run (" + noReference + ")"
                    : String.format(Locale.ROOT, "%,.0f (PyTorch %s%s)", reference.imagesPerSecond(), reference.torch(),
                            model.startsWith("conv") ? "; " + reference.batchesPerEpoch() + " batches per epoch" : "");
            String ratio = reference == null ? "-" : String.format(Locale.ROOT, "%.1fx", ours / reference.imagesPerSecond());
            return String.format(Locale.ROOT, "| %s (%s) | %d | %,.0f | %s | %s | %.2f | %.1f | %.1f%% | %s |", model,
                    BenchSuiteCommand.layers(spec), batch, ours, ref, ratio, flopsPerImage() / 1e6, roof,
                    100 * roofFraction(), limits);
        }
    }

    private ThroughputRow() {
    }

    static Result measure(String model, ModelSpec spec, DataSplit data, int batch, int epochs, int rounds,
            ReferenceModels reference, int threads) throws IOException, InterruptedException {
        List<Double> roofs = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<ReferenceModels.Figures> refs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            roofs.add(MatmulPeak.gflops(ROOF_SIDE, 3));
            TrainingThroughput.Result t = TrainingThroughput.measure(ModelFactory.standard(), data, spec, epochs, batch);
            if (t != null) {
                ours.add(t.imagesPerSecond());
            }
            ReferenceModels.Figures f = reference.run(model, spec.latentDim(), batch, threads, epochs);
            if (f != null) {
                refs.add(f);
            }
        }
        double roof = median(roofs);
        StepProfiler.Result profile = StepProfiler.profile(ModelFactory.standard(), data.train(), spec, batch, 10, 3);
        String limits = StepBreakdown.of(profile).limits((double) TrainingFlops.perImage(spec) * batch, roof);
        ReferenceModels.Figures ref = null;
        if (!refs.isEmpty()) {
            ReferenceModels.Figures first = refs.get(0);
            ref = new ReferenceModels.Figures(median(refs.stream().map(ReferenceModels.Figures::imagesPerSecond).toList()),
                    first.torch(), first.batchesPerEpoch());
        }
        return new Result(model, spec, batch, ours.isEmpty() ? Double.NaN : median(ours), ref, roof, limits);
    }

    static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
