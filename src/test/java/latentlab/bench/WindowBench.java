package latentlab.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
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
 * The window's budgets, measured on the real window, engine and models (a benchmark, not a test):
 * cold start, frame interval while a VAE trains, and latent-slider move to decoded image with the
 * trained MLP decoder, idle and while training. Run with {@code src/bench/window-bench.sh}.
 */
public final class WindowBench {
    private static final int SLIDER_MOVES = 400;

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        // The tab in front while measuring frames: 2 is the live embedding, 0 the static data grid.
        int tab = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Engines.configure(Engines.Mode.DESKTOP);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> ref = new AtomicReference<>();
        TrainingService service = new TrainingService(ModelFactory.standard());
        Platform.runLater(() -> {
            try {
                Theme.LIGHT.apply();
                MainWindow w = new MainWindow(new Workers(Platform::runLater), service, ModelFactory.standard(),
                        Files.createTempDirectory("latentlab-bench"));
                Scene scene = new Scene(w.view(), 1280, 800);
                scene.getStylesheets().add(MainView.stylesheet());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                w.start();
                ref.set(w);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (ref.get() == null || ref.get().mainModel().dataProperty().get() == null
                || ref.get().mainModel().engineProperty().get() == null) {
            Thread.sleep(10);
        }
        MainWindow w = ref.get();
        System.out.printf(Locale.ROOT, "cold start: %d ms from the JVM's start to the window shown with the digits"
                + " loaded and the engine started%n", System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        System.out.printf(Locale.ROOT, "Tab in front: %d. Pipeline: %s, 3D supported: %s%n", tab,
                com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName(),
                Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D));

        // 1. Frame intervals: a reference with nothing running, then while training with the live
        // embedding tab in front (the same window, pipeline and machine).
        double[] idleFrames = frameIntervals(w, 3000, tab);
        List<Long> frames = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
            }
        };
        Platform.runLater(() -> {
            w.settings().epochsProperty().set(epochs);
            w.view().tabs().getSelectionModel().select(tab);
            timer.start();
            w.training().train(w.mainModel().dataProperty().get(), w.settings().spec(), w.settings().trainingSettings(),
                    w.workspace().model());
        });
        Thread.sleep(1500);
        double[] duringTraining = sliderLatencies(w, "during training");
        while (w.training().stateProperty().get() != TrainingViewModel.State.IDLE) {
            Thread.sleep(100);
        }
        Platform.runLater(timer::stop);
        Thread.sleep(200);
        double[] intervals = new double[Math.max(0, frames.size() - 1)];
        for (int i = 1; i < frames.size(); i++) {
            intervals[i - 1] = (frames.get(i) - frames.get(i - 1)) / 1e6;
        }
        report("frame interval, idle reference (ms)", idleFrames, 33);
        report("frame interval while training (ms)", intervals, 33);
        System.out.printf(Locale.ROOT, "%-50s p99 ratio training/idle %.2f%n", "", p99(intervals) / p99(idleFrames));

        // 2. Slider to decoded image with the trained decoder, idle.
        w.workspace().awaitIdle(60_000);
        Thread.sleep(2000);
        double[] idle = sliderLatencies(w, "idle");
        report("slider move -> decoded image, idle (ms)", idle, 16);
        report("slider move -> decoded image, while training (ms)", duringTraining, 16);
        Platform.runLater(() -> {
            w.close();
            service.close();
            Platform.exit();
        });
        System.exit(0);
    }

    /** Moves latent slider 0 every 8 ms; the time from each move to the image it produced. */
    private static double[] sliderLatencies(MainWindow w, String when) throws Exception {
        var explorer = w.workspace().view(LatentExplorerView.class).viewModel();
        List<Double> latencies = new ArrayList<>();
        long[] movedAt = new long[1];
        CountDownLatch ready = new CountDownLatch(1);
        javafx.beans.value.ChangeListener<float[]> onImage = (o, a, img) -> {
            if (movedAt[0] != 0) {
                latencies.add((System.nanoTime() - movedAt[0]) / 1e6);
                movedAt[0] = 0;
            }
        };
        Platform.runLater(() -> {
            explorer.decodedProperty().addListener(onImage);
            ready.countDown();
        });
        ready.await();
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
        Platform.runLater(() -> explorer.decodedProperty().removeListener(onImage));
        System.out.printf(Locale.ROOT, "  (%s: %d moves, %d images)%n", when, SLIDER_MOVES, latencies.size());
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Intervals between pulses over {@code millis}, with the window animating its progress only. */
    private static double[] frameIntervals(MainWindow w, long millis, int tab) throws InterruptedException {
        List<Long> frames = java.util.Collections.synchronizedList(new ArrayList<>());
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
            }
        };
        Platform.runLater(() -> {
            w.view().tabs().getSelectionModel().select(tab);
            timer.start();
        });
        Thread.sleep(millis);
        Platform.runLater(timer::stop);
        Thread.sleep(100);
        double[] out = new double[Math.max(0, frames.size() - 1)];
        for (int i = 1; i < frames.size(); i++) {
            out[i - 1] = (frames.get(i) - frames.get(i - 1)) / 1e6;
        }
        return out;
    }

    private static double p99(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[(int) Math.floor(0.99 * (v.length - 1))];
    }

    private static void report(String what, double[] values, double budget) {
        if (values.length == 0) {
            System.out.printf(Locale.ROOT, "%-50s no samples%n", what);
            return;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double p50 = v[(int) Math.floor(0.50 * (v.length - 1))];
        double p99 = v[(int) Math.floor(0.99 * (v.length - 1))];
        System.out.printf(Locale.ROOT, "%-50s n=%5d  p50 %7.2f  p99 %7.2f  max %7.2f  budget p99 < %.0f: %s%n",
                what, v.length, p50, p99, v[v.length - 1], budget, p99 < budget ? "met" : "NOT met");
    }
}
