package latentlab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import latentlab.model.engine.Engines;
import latentlab.train.ModelFactory;
import latentlab.train.TrainingService;
import latentlab.ui.explorer.LatentExplorerView;
import latentlab.ui.shell.MainView;
import latentlab.ui.shell.MainWindow;
import latentlab.ui.shell.Theme;
import latentlab.ui.task.Workers;
import latentlab.ui.training.TrainingViewModel;

/**
 * The window's figures, measured on the real window, engine and models (a benchmark, not a test).
 * Each run appends {@code key TAB figures} lines to a results file that {@link WindowBenchReport}
 * turns into the table of docs/BENCHMARKS.md. Run through {@code src/bench/window-bench.sh}.
 * <ul>
 *   <li>{@code bare FILE}: the reference for the cold start, the JVM's start to the first frame of an
 *       empty JavaFX window (same JVM, class path and pipeline);</li>
 *   <li>{@code cold-start FILE}: the JVM's start to the first frame at which the window is interactive:
 *       built as the application builds it, the digits loaded, the engine started, Train enabled;</li>
 *   <li>{@code run FILE [SECONDS]}: frame intervals with the Training tab (loss curves and reconstructions),
 *       Embedding 2D and (where the pipeline has 3D) Embedding 3D in front while the window's default VAE trains, and after it, with the same view on the
 *       trained model; latent slider move to decoded image while training and after it.</li>
 * </ul>
 */
public final class WindowBench {
    private static final int SLIDER_MOVES = 400;
    private static final long WARM_UP_MILLIS = Long.getLong("bench.warmup", 10_000);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WindowBench bare|cold-start|run RESULTS-FILE [SECONDS-PER-VIEW]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        switch (args[0]) {
            case "bare" -> bare(out);
            case "cold-start" -> coldStart(out);
            case "run" -> run(out, args.length > 2 ? Integer.parseInt(args[2]) : 8);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    private static void bare(Path out) throws Exception {
        long firstFrame = firstFrameOf(stage -> new Scene(new Label("LatentLab"), 1280, 800), stage -> true);
        append(out, "coldstart.bare\t" + firstFrame);
        System.out.printf(Locale.ROOT, "bare JavaFX window: first frame %d ms after the JVM's start%n", firstFrame);
    }

    private static void coldStart(Path out) throws Exception {
        AtomicReference<Opened> opened = new AtomicReference<>();
        long firstFrame = firstFrameOf(stage -> {
            Opened o = Opened.open(stage);
            opened.set(o);
            return o.window.view().getScene();
        }, stage -> opened.get() != null && opened.get().interactive());
        append(out, "coldstart.app\t" + firstFrame);
        System.out.printf(Locale.ROOT, "window interactive: first frame %d ms after the JVM's start%n", firstFrame);
        Platform.runLater(() -> opened.get().close());
    }

    private static void run(Path out, int seconds) throws Exception {
        AtomicReference<Opened> opened = new AtomicReference<>();
        firstFrameOf(stage -> {
            Opened o = Opened.open(stage);
            opened.set(o);
            return o.window.view().getScene();
        }, stage -> opened.get() != null && opened.get().interactive());
        MainWindow w = opened.get().window;
        boolean has3d = Platform.isSupported(ConditionalFeature.SCENE3D);
        String pipeline = com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        append(out, "pipeline\t" + pipeline + "\t" + has3d);
        System.out.printf(Locale.ROOT, "pipeline %s, 3D %s%n", pipeline, has3d);

        // Training: more epochs than the measures need; stopped once they are taken.
        fx(() -> {
            w.settings().epochsProperty().set(200);
            w.training().train(w.mainModel().dataProperty().get(), w.settings().spec(),
                    w.settings().trainingSettings(), w.workspace().model());
        });
        waitFor(() -> w.training().stateProperty().get() == TrainingViewModel.State.RUNNING, 60);
        // The first seconds of a run compile its hot code (the JIT takes most of a core then): the
        // figures are of the run after that.
        Thread.sleep(WARM_UP_MILLIS);
        record(out, "frames.training.losscurves", frameIntervals(w, "tab-training", seconds));
        record(out, "frames.training.embedding2d", frameIntervals(w, "tab-embedding", seconds));
        if (has3d) {
            record(out, "frames.training.embedding3d", frameIntervals(w, "tab-embedding3d", seconds));
        }
        fx(() -> w.view().showTab("tab-explorer"));
        record(out, "slider.training", sliderLatencies(w));
        boolean stillTraining = w.training().stateProperty().get() == TrainingViewModel.State.RUNNING;
        fx(() -> w.training().stop());
        waitFor(() -> w.training().stateProperty().get() == TrainingViewModel.State.IDLE, 120);
        if (!stillTraining) {
            throw new IllegalStateException("training ended before the measures did: the figures are not of a training window");
        }
        w.workspace().awaitIdle(60_000);
        Thread.sleep(2000);
        // The same views on the trained model with nothing training: the reference of each figure.
        record(out, "frames.after.losscurves", frameIntervals(w, "tab-training", seconds));
        record(out, "frames.after.embedding2d", frameIntervals(w, "tab-embedding", seconds));
        if (has3d) {
            record(out, "frames.after.embedding3d", frameIntervals(w, "tab-embedding3d", seconds));
        }
        fx(() -> w.view().showTab("tab-explorer"));
        Thread.sleep(500);
        record(out, "slider.after", sliderLatencies(w));
        fx(() -> opened.get().close());
    }

    /** The window as the application opens it, with the pools and service it owns. */
    private record Opened(Stage stage, MainWindow window, TrainingService service, Workers workers) {
        static Opened open(Stage stage) {
            try {
                Engines.configure(Engines.Mode.DESKTOP);
                Theme.LIGHT.apply();
                Workers workers = new Workers(Platform::runLater);
                TrainingService service = new TrainingService(ModelFactory.standard());
                MainWindow w = new MainWindow(workers, service, ModelFactory.standard(),
                        Files.createTempDirectory("latentlab-bench"));
                Scene scene = new Scene(w.view(), 1280, 800);
                scene.getStylesheets().add(MainView.stylesheet());
                stage.setScene(scene);
                Opened o = new Opened(stage, w, service, workers);
                stage.setOnShown(e -> w.start());
                return o;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Data loaded, engine started, and Train answers: what a user needs to begin. */
        boolean interactive() {
            Node train = stage.getScene().lookup("#train");
            return window.mainModel().dataProperty().get() != null && window.mainModel().engineProperty().get() != null
                    && train != null && !train.isDisabled();
        }

        void close() {
            window.close();
            service.close();
            workers.close();
        }
    }

    /**
     * Shows a stage with the scene {@code build} makes and returns the milliseconds from the JVM's start
     * to the first pulse at which {@code ready} holds (that frame is then drawn).
     */
    private static long firstFrameOf(java.util.function.Function<Stage, Scene> build,
            java.util.function.Predicate<Stage> ready) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch done = new CountDownLatch(1);
        long[] at = new long[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene = build.apply(stage);
            if (stage.getScene() != scene) {
                stage.setScene(scene);
            }
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (ready.test(stage)) {
                        at[0] = System.currentTimeMillis();
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the window was not ready within 5 minutes");
        }
        return at[0] - jvmStart;
    }

    /** Moves latent slider 0 every 8 ms; the time from each move to the image it produced. */
    private static double[] sliderLatencies(MainWindow w) throws Exception {
        var explorer = w.workspace().view(LatentExplorerView.class).viewModel();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] movedAt = new long[1];
        javafx.beans.value.ChangeListener<float[]> onImage = (o, a, img) -> {
            if (movedAt[0] != 0) {
                latencies.add((System.nanoTime() - movedAt[0]) / 1e6);
                movedAt[0] = 0;
            }
        };
        fx(() -> explorer.decodedProperty().addListener(onImage));
        for (int i = 0; i < SLIDER_MOVES; i++) {
            double v = Math.sin(i / 20.0) * 2.5;
            Platform.runLater(() -> {
                if (explorer.sliderCount() > 0) {
                    // Latency counts from the latest move: earlier ones are coalesced away by design.
                    movedAt[0] = System.nanoTime();
                    explorer.setDimension(0, v);
                }
            });
            Thread.sleep(8);
        }
        Thread.sleep(300);
        fx(() -> explorer.decodedProperty().removeListener(onImage));
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Intervals between pulses over {@code seconds} with the view {@code tabId} in front. */
    private static double[] frameIntervals(MainWindow w, String tabId, int seconds) throws Exception {
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
            }
        };
        fx(() -> w.view().showTab(tabId));
        // Let the view catch up with what changed while it was hidden before timing it.
        Thread.sleep(1000);
        fx(timer::start);
        Thread.sleep(seconds * 1000L);
        fx(timer::stop);
        double[] intervals = new double[Math.max(0, frames.size() - 1)];
        for (int i = 1; i < frames.size(); i++) {
            intervals[i - 1] = (frames.get(i) - frames.get(i - 1)) / 1e6;
        }
        return intervals;
    }

    private static void record(Path out, String key, double[] samples) throws IOException {
        Stats s = Stats.of(samples);
        append(out, s.line(key));
        System.out.printf(Locale.ROOT, "%-32s %s%n", key, s);
    }

    static void append(Path out, String line) throws IOException {
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
