package latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.train.CheckpointFit;

import latentlab.train.ModelFactory;
import latentlab.train.RunPlanner;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.TrainingService;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab train}: trains one model, writing a checkpoint after every epoch. Exit status
 * 0 when done, 2 for bad input, 3 when the loss diverged, 1 when stopped or failed.
 */
@Command(name = "train", mixinStandardHelpOptions = true, modelTransformer = SettingOptions.class,
        description = "Train a model, writing a checkpoint to --out after every epoch. The model's settings"
                + " below each apply to the kinds named with them.")
final class TrainCommand implements Callable<Integer> {
    static final int EXIT_DIVERGED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "KIND",
            description = "ae, conv-ae, dae, sparse-ae, cae, vae, conv-vae, cvae or pca")
    String model;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + RunPlanner.DEFAULT_EPOCHS,
            description = "train until N epochs are done (with --resume, the epochs already done count;"
                    + " default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "mnist",
            description = "a data source name or a folder of IDX files (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--batch", paramLabel = "B", description = "batch size (default " + RunPlanner.DEFAULT_BATCH + ", or the checkpoint's)")
    Integer batch;

    @Option(names = "--lr", paramLabel = "L", description = "Adam's learning rate (default " + RunPlanner.DEFAULT_LEARNING_RATE + ", or the checkpoint's)")
    Double lr;

    @Option(names = "--seed", paramLabel = "S", description = "seed of initialisation, shuffling and sampling (default " + RunPlanner.DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the checkpoint directory")
    Path out;

    @Option(names = "--resume", description = "continue the checkpoint in --out")
    boolean resume;

    /** Tests swap in their own models. */
    ModelFactory factory = ModelFactory.standard();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return train();
        } catch (BadInputException | DataException | IOException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    private int train() throws BadInputException, DataException, IOException, InterruptedException {
        ModelChoice.kind(model);
        OutputPaths.requireWritableFolder(out, "--out");
        DataSplit data = DataSources.open(dataset);
        ModelSpec asked = ModelChoice.spec(model, SettingOptions.given(spec), data.train());
        boolean exists = Checkpoints.exists(out);
        if (!exists && !isEmptyOrAbsent(out)) {
            throw new BadInputException(out + " exists and is not a LatentLab checkpoint; give --out a new or"
                    + " empty folder");
        }
        RunPlanner.Request request = new RunPlanner.Request(asked, data, epochs, batch, lr, seed);
        String id = asked.kind().cliName();
        TrainingPlan plan;
        try {
            if (resume) {
                if (!exists) {
                    throw new BadInputException("--resume: there is no checkpoint in " + out + " to continue");
                }
                Checkpoint c = Checkpoints.load(out, asked);
                if (c.info().epoch() >= epochs) {
                    spec.commandLine().getOut().printf("%s has already trained %d epochs; nothing to do.%n", out,
                            c.info().epoch());
                    return 0;
                }
                CheckpointFit.check(factory, c, out);
                plan = RunPlanner.resume(id, request, c, out);
            } else {
                if (exists) {
                    throw new BadInputException(out + " already holds a checkpoint; add --resume to continue it,"
                            + " or choose another --out");
                }
                plan = RunPlanner.fresh(id, request, out);
            }
        } catch (RunPlanner.Refused e) {
            throw new BadInputException((resume ? "checkpoint " + out + ": " : "") + e.getMessage());
        }
        return run(plan);
    }

    private int run(TrainingPlan plan) throws InterruptedException, IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        // A console means a terminal on stdout: redraw the bar in place; otherwise plain lines.
        boolean terminal = System.console() != null;
        TrainingEvent end;
        try (TrainingService service = new TrainingService(factory)) {
            TrainingRun run = service.start(plan, new ProgressPrinter(stdout, terminal, plan.epochs()));
            // Ctrl-C or SIGTERM stops at the next batch (a save in progress completes); the hook
            // reports before the process exits, since the main thread may not get to print.
            java.util.concurrent.atomic.AtomicBoolean signalled = new java.util.concurrent.atomic.AtomicBoolean();
            Thread hook = new Thread(() -> {
                signalled.set(true);
                run.stop();
                try {
                    TrainingEvent last = run.await(30, TimeUnit.SECONDS);
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("latentlab: interrupted" + (last == null ? "" : " " + where(last)) + "; " + kept());
                    err.flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "latentlab-train-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                end = run.await();
                if (signalled.get()) {
                    // The hook reports; the process is on its way out.
                    return 1;
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is already running.
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (end instanceof TrainingEvent.Completed c) {
            stdout.printf("Done: %d %s; checkpoint in %s%n", c.epochs(), c.epochs() == 1 ? "epoch" : "epochs", out);
            stdout.flush();
            return 0;
        }
        if (end instanceof TrainingEvent.Diverged d) {
            err.println("latentlab: " + d.message() + "; " + kept() + "; try a smaller --lr");
        } else if (end instanceof TrainingEvent.Cancelled c) {
            err.println("latentlab: stopped during epoch " + c.epoch() + "; " + kept());
        } else if (end instanceof TrainingEvent.Failed f) {
            err.println("latentlab: training failed: " + f.message() + "; " + kept());
        }
        err.flush();
        return end instanceof TrainingEvent.Diverged ? EXIT_DIVERGED : 1;
    }

    /** Where a run ended, for the interrupt message. */
    private static String where(TrainingEvent last) {
        if (last instanceof TrainingEvent.Cancelled c) {
            return "during epoch " + c.epoch();
        }
        return last instanceof TrainingEvent.Completed ? "after the last epoch" : "";
    }

    /** What is on disk now, said as it is. */
    private String kept() {
        try {
            int epoch = Checkpoints.load(out).info().epoch();
            return "the checkpoint of epoch " + epoch + " is kept in " + out;
        } catch (IOException e) {
            return "no epoch finished, so nothing was saved in " + out;
        }
    }

    private static boolean isEmptyOrAbsent(java.nio.file.Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
