package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.export.ScoreboardCsv;
import latentlab.export.ScoreboardJson;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.latent.metrics.Pairs;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.Scoreboard;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.latent.metrics.ScoreboardSettings;
import latentlab.train.ModelFactory;
import latentlab.train.SnapshotCodec;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.CheckpointException;
import latentlab.train.classifier.ClassifierFiles;
import latentlab.train.classifier.EngineClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab compare}: the scoreboard of an autoencoder and a VAE, headless, as JSON (and
 * CSV), with a table on stdout, progress on stderr and, if asked, a GIF of one interpolation
 * played in both.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score an autoencoder against a VAE: reconstruction, latent quality, interpolation smoothness.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ae", required = true, paramLabel = "DIR", description = "checkpoint of a model without a prior")
    Path aeDir;

    @Option(names = "--vae", required = true, paramLabel = "DIR", description = "checkpoint of a variational model")
    Path vaeDir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the report, as JSON")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "the scoreboard also as CSV")
    Path csv;

    @Option(names = "--gif", paramLabel = "FILE", description = "an animated GIF of one interpolation in both models")
    Path gif;

    @Option(names = "--classifier", paramLabel = "DIR", description = "a reference classifier folder (default: the"
            + " one that ships with LatentLab)")
    Path classifierDir;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "500", description = "interpolations averaged"
            + " (default: ${DEFAULT-VALUE})")
    int pairs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the pairs and prior"
            + " samples (default: ${DEFAULT-VALUE})")
    long seed;

    ModelFactory factory = ModelFactory.standard();

    @Override
    public Integer call() {
        try {
            return compare();
        } catch (BadInputException | DataException | IOException e) {
            return LatentLabCommand.badInput(spec, e);
        }
    }

    private int compare() throws BadInputException, DataException, IOException {
        for (Path p : new Path[] {out, csv, gif}) {
            if (p != null) {
                OutputPaths.requireWritableFolder(p, p == out ? "--out" : p == csv ? "--csv" : "--gif");
            }
        }
        if (pairs < 1) {
            throw new BadInputException("--pairs must be at least 1, got " + pairs);
        }
        ComparedCheckpoints models = ComparedCheckpoints.load(factory, aeDir, vaeDir);
        DataSplit data = DataSources.open(models.ae().info().datasetId());
        if (data.train().pixelsPerImage() != models.ae().info().spec().inputSize()) {
            throw new BadInputException("the models take " + models.ae().info().spec().imageSide() + "-pixel-wide"
                    + " images, but " + data.sourceId() + " now holds " + data.train().rows() + "x"
                    + data.train().cols());
        }
        ScoreboardSettings settings = ScoreboardSettings.defaults().withPairs(pairs).withSeed(seed);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        List<ScoreboardResult> results = new ArrayList<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("dataset", data.sourceId());
        about.put("latentDim", models.ae().info().spec().latentDim());
        try (Classifier classifier = classifier(data, about);
                SnapshotCodec ae = codec(models.ae());
                SnapshotCodec vae = codec(models.vae())) {
            results.add(new Scoreboard(ae, classifier, data, settings, new StageProgress(err, terminal, "AE"))
                    .compute("AE"));
            results.add(new Scoreboard(vae, classifier, data, settings, new StageProgress(err, terminal, "VAE"))
                    .compute("VAE"));
            if (gif != null) {
                int[] pair = Pairs.differentClasses(data.validation().labels(), new Random(seed));
                int frames = TraversalGif.write(gif, List.of("AE", "VAE"), List.<Codec>of(ae, vae), data.validation(),
                        pair[0], pair[1]);
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("file", gif.toString());
                shown.put("frames", frames);
                shown.put("fromValidationImage", pair[0]);
                shown.put("toValidationImage", pair[1]);
                about.put("gif", shown);
            }
        }
        String json = ScoreboardJson.toJson(about, settings, List.of(
                new ScoreboardJson.Entry(results.get(0), ComparedCheckpoints.about(models.ae(), aeDir)),
                new ScoreboardJson.Entry(results.get(1), ComparedCheckpoints.about(models.vae(), vaeDir))));
        write(out, json);
        if (csv != null) {
            write(csv, ScoreboardCsv.toCsv(results));
        }
        printTable(results);
        return 0;
    }

    private SnapshotCodec codec(Checkpoint c) {
        return new SnapshotCodec(factory, c.info().spec(), c.parameters());
    }

    /** The reference classifier when it knows these images (digits 0-9, 28x28); else null, and why in the report. */
    private Classifier classifier(DataSplit data, Map<String, Object> about) throws CheckpointException,
            BadInputException {
        boolean digits = data.train().rows() == 28 && data.train().cols() == 28
                && data.train().classNames().equals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        if (!digits) {
            if (classifierDir != null) {
                throw new BadInputException("--classifier: the reference classifier judges 28x28 digits; "
                        + data.sourceId() + " holds other images");
            }
            about.put("classifier", "none: the reference classifier judges 28x28 digits, " + data.sourceId()
                    + " holds other images");
            return null;
        }
        ClassifierFiles.Loaded loaded = classifierDir == null ? ClassifierFiles.loadBundled()
                : ClassifierFiles.load(classifierDir);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("source", classifierDir == null ? "bundled (models/classifier)" : classifierDir.toString());
        c.put("validationAccuracy", loaded.info().validationAccuracy());
        about.put("classifier", c);
        try {
            return new EngineClassifier(loaded.parameters());
        } catch (IllegalArgumentException e) {
            throw new CheckpointException("the classifier's " + ClassifierFiles.PARAMS + " does not fit the reference"
                    + " CNN: " + e.getMessage());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void printTable(List<ScoreboardResult> results) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%-48s %12s %12s  %s%n", "", "AE", "VAE", "better");
        for (int i = 0; i < results.get(0).scores().size(); i++) {
            Score a = results.get(0).scores().get(i);
            Score v = results.get(1).scores().get(i);
            stdout.printf(Locale.ROOT, "%-48s %12s %12s  %s%n", a.metric().name(), a.formatted(), v.formatted(),
                    a.metric().higherIsBetter() ? "higher" : "lower");
        }
        stdout.printf("Wrote %s%s%s%n", out, csv == null ? "" : ", " + csv, gif == null ? "" : ", " + gif);
        stdout.flush();
    }
}
