package latentlab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.train.ModelFactory;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingService;

/** Trains one model for a few epochs and measures images per second and resident memory. */
final class TrainingThroughput {
    /**
     * @param imagesPerSecond median over the epochs after the first (which includes warm-up), or
     *     the first when there is only one
     * @param epochRates images per second over the training batches of each epoch, validation excluded
     * @param rssMiB resident set after each epoch
     */
    record Result(double imagesPerSecond, List<Double> epochRates, List<Double> rssMiB) {
    }

    private TrainingThroughput() {
    }

    /** The figures, or null when the run did not complete (it diverged or failed). */
    static Result measure(ModelFactory factory, DataSplit data, ModelSpec spec, int epochs, int batch)
            throws IOException, InterruptedException {
        List<Double> rates = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        TrainingPlan plan = new TrainingPlan(data, List.of(SessionConfig.fresh(spec.kind().cliName(), spec, null)),
                epochs, batch, 1e-3, 1, 0, 0);
        TrainingEvent end;
        try (TrainingService service = new TrainingService(factory)) {
            end = service.start(plan, e -> {
                if (e instanceof TrainingEvent.BatchLosses b && b.batch() == b.batchesPerEpoch()) {
                    rates.add(b.samplesPerSecond());
                } else if (e instanceof TrainingEvent.EpochEnded) {
                    rss.add(ProcessMemory.rssMiB());
                }
            }).await();
        }
        if (!(end instanceof TrainingEvent.Completed)) {
            return null;
        }
        List<Double> steady = rates.size() > 1 ? rates.subList(1, rates.size()) : rates;
        double[] sorted = steady.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(sorted[sorted.length / 2], List.copyOf(rates), List.copyOf(rss));
    }
}
