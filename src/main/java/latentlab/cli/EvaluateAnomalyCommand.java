package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import latentlab.data.DataException;
import latentlab.data.Dataset;
import latentlab.latent.apps.AnomalyReport;
import latentlab.export.AppsJson;
import latentlab.latent.apps.ErrorMetric;
import latentlab.latent.apps.ReconstructionErrors;
import latentlab.latent.apps.RocCurve;
import latentlab.export.AtomicFiles;
import latentlab.train.SnapshotCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code latentlab evaluate anomaly}: how well a model's reconstruction error tells its normal
 * class from the others on the validation images: ROC AUC in both units, the histogram's shape
 * and the worst-reconstructed images.
 */
@Command(name = "anomaly", mixinStandardHelpOptions = true,
        description = "Score every validation image by its reconstruction error; report the ROC AUC of the normal"
                + " class against all others and the worst-reconstructed images.")
final class EvaluateAnomalyCommand extends CheckpointCommand {
    @Option(names = "--normal-class", paramLabel = "C", description = "the class counted as normal (default: the"
            + " class of a SOURCE:C data set the model was trained on)")
    Integer normalClass;

    @Option(names = "--worst", paramLabel = "K", defaultValue = "10", description = "worst images to list"
            + " (default: ${DEFAULT-VALUE})")
    int worst;

    @Option(names = "--out", paramLabel = "FILE.json", description = "also write the report, ROC curve and"
            + " histogram in both units as JSON")
    Path out;

    @Override
    int run() throws BadInputException, DataException, IOException {
        if (worst < 0) {
            throw new BadInputException("--worst must be 0 or more, got " + worst);
        }
        if (out != null) {
            OutputPaths.requireWritableFolder(out, "--out");
        }
        OpenedCheckpoint opened = open();
        Dataset validation = opened.data().validation();
        int normal = normalClass(opened.checkpoint().info().datasetId(), validation);
        ReconstructionErrors errors;
        try (SnapshotCodec codec = new SnapshotCodec(factory, opened.spec(), opened.checkpoint().parameters())) {
            errors = ReconstructionErrors.of(codec, validation);
        }
        AnomalyReport mse;
        AnomalyReport bce;
        try {
            mse = AnomalyReport.of(errors, validation.labels(), normal, ErrorMetric.MSE, worst);
            bce = AnomalyReport.of(errors, validation.labels(), normal, ErrorMetric.BCE, worst);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        List<String> labels = IntStream.range(0, validation.size())
                .mapToObj(i -> validation.classNames().get(validation.label(i))).toList();
        print(opened, validation, mse, bce, labels);
        if (out != null) {
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("model", opened.spec().describe());
            o.addProperty("trainedOn", opened.checkpoint().info().datasetId());
            o.addProperty("scored", validation.id());
            o.add("mse", AppsJson.anomaly(mse, labels));
            o.add("bce", AppsJson.anomaly(bce, labels));
            AtomicFiles.writeString(out, AppsJson.text(o));
            spec.commandLine().getOut().println("Wrote " + out);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The class asked for, or the one the model's data set was cut to. */
    private int normalClass(String trainedOn, Dataset scored) throws BadInputException {
        int c;
        if (normalClass != null) {
            c = normalClass;
        } else {
            int colon = trainedOn.lastIndexOf(':');
            if (colon < 0 || !trainedOn.substring(colon + 1).matches("\\d+")) {
                throw new BadInputException("the model was trained on " + trainedOn + ", every class; say which class"
                        + " is normal with --normal-class C");
            }
            c = Integer.parseInt(trainedOn.substring(colon + 1));
        }
        if (c < 0 || c >= scored.numClasses()) {
            throw new BadInputException("--normal-class must be from 0 to " + (scored.numClasses() - 1) + ", got " + c);
        }
        return c;
    }

    private void print(OpenedCheckpoint opened, Dataset validation, AnomalyReport mse, AnomalyReport bce,
            List<String> labels) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s trained on %s; class '%s' normal; %,d validation images (%,d normal, %,d"
                + " anomalous)%n", opened.spec().describe(), opened.checkpoint().info().datasetId(),
                validation.classNames().get(mse.normalClass()), validation.size(), mse.roc().negatives(),
                mse.roc().positives());
        for (AnomalyReport r : List.of(mse, bce)) {
            o.printf(Locale.ROOT, "%s: ROC AUC %.4f; mean %.5f; histogram of %d bins (%s)%n",
                    r.metric().explanation().name(), r.roc().auc(), r.meanError(), r.histogram().bins(),
                    r.histogram().rule());
        }
        StringBuilder w = new StringBuilder("worst by per-pixel MSE:");
        for (int k = 0; k < mse.worst().length; k++) {
            w.append(String.format(Locale.ROOT, " #%d (%s) %.4f", mse.worst()[k], labels.get(mse.worst()[k]),
                    mse.worstErrors()[k]));
        }
        o.println(w);
        o.println(RocCurve.AUC.oneLine());
    }
}
