package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.train.classifier.ClassifierFiles;
import latentlab.train.classifier.ClassifierTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab classifier train}: trains the reference CNN on the bundled digits' training
 * split and writes it, with its model card, to a folder (the shipped one is models/classifier).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the reference classifier on the bundled digits' training split and write it to --out.")
final class ClassifierTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the classifier folder to write")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "15", description = "passes over the training"
            + " split (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "64", description = "images per step (default:"
            + " ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", paramLabel = "L", defaultValue = "0.002", description = "Adam's first learning rate, lowered along half a cosine"
            + " (default: ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of initialisation and"
            + " shuffling (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        try {
            return train();
        } catch (BadInputException | DataException | IOException e) {
            return LatentLabCommand.badInput(spec, e);
        }
    }

    private int train() throws BadInputException, DataException, IOException {
        OutputPaths.requireWritableFolder(out, "--out");
        ClassifierTraining.Settings settings;
        try {
            settings = new ClassifierTraining.Settings(epochs, batch, lr, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        DataSplit data = DataSources.defaultSource().load();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Training the reference classifier on %,d %s training images; %,d validation"
                + " images are only measured%n", data.train().size(), data.sourceId(), data.validation().size());
        stdout.flush();
        ClassifierTraining.Result result = ClassifierTraining.train(data, settings, (e, total) -> {
            stdout.printf(Locale.ROOT, "epoch %d/%d  training loss %.4f  validation accuracy %.2f%%%n", e.epoch(),
                    total, e.trainLoss(), 100 * e.validationAccuracy());
            stdout.flush();
        });
        String command = String.format(Locale.ROOT, "java -jar target/latentlab.jar classifier train --out %s"
                + " --epochs %d --batch %d --lr %s --seed %d", out, epochs, batch, lr, seed);
        ClassifierFiles.save(out, result, command);
        stdout.printf(Locale.ROOT, "Wrote %s (validation accuracy %.2f%%)%n", out,
                100 * result.info().validationAccuracy());
        stdout.flush();
        return 0;
    }
}
