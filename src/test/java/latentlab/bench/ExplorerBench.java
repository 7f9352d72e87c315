package latentlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import latentlab.latent.EmbeddingData;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.plot.ScatterPlot;
import latentlab.ui.plot.ScatterRaster;
import latentlab.ui.plot.ScatterViewModel;
import latentlab.ui.task.SameThreadExecutor;
import latentlab.ui.task.WorkerPool;

/**
 * Timings of the explorer's two hot paths (a main, not a test):
 * <ol>
 *   <li>a full redraw of 70,000 scatter points (goal: under 10 ms), as pixels in Java and as the
 *       FX-thread redraw of the PixelBuffer-backed view (headless Monocle, software pipeline);</li>
 *   <li>slider move to decoded image, with an MLP decoder of 12-64-128-784 in plain Java, the
 *       slider moving every 4 ms (a fast mouse) for 4 s; latency of each move = time until an
 *       image of that code or a newer one is delivered.</li>
 * </ol>
 * Run: {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}
 * then {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) latentlab.bench.ExplorerBench}.
 */
public final class ExplorerBench {

    private static final int POINTS = 70_000;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    /** Where the figures are appended as {@code key TAB n TAB p50 TAB p99 TAB max} lines; none: printed only. */
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = args.length > 0 ? Path.of(args[0]) : null;
        System.out.printf("cores=%d java=%s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ScatterViewModel vm = new ScatterViewModel(new SameThreadExecutor());
        vm.setData(data());
        vm.setViewport(WIDTH, HEIGHT);
        ScatterRaster raster = new ScatterRaster(WIDTH, HEIGHT);
        double[] raw = time(300, () -> vm.render(raster), 100);
        report("redraw.pixels", "scatter redraw, 70,000 points into int[] " + WIDTH + "x" + HEIGHT, raw);
        // The same with every layer a VAE's plot can have under its points.
        vm.variationalProperty().set(true);
        vm.layers().priorDensityProperty().set(true);
        vm.layers().setHoleMap(new latentlab.ui.plot.DataRange(-3, -3, 3, 3), 24, new float[24 * 24]);
        report("redraw.layers", "the same over the prior's density and a 24x24 hole map", time(300, () -> vm.render(raster), 100));
        vm.layers().priorDensityProperty().set(false);
        vm.layers().clearHoleMap();
        boolean fx = startFx();
        if (fx) {
            report("redraw.fx", "scatter redraw on the FX thread (raster + PixelBuffer.updateBuffer)", fxRedraw(vm));
        }
        Executor deliverer = fx ? Platform::runLater : Runnable::run;
        String how = fx ? "via Platform.runLater" : "on the inference thread";
        sliderLatency(deliverer, how, 0);
        // A decoder slower than the mouse (e.g. a convolutional model on a busy CPU) shows the coalescing.
        sliderLatency(deliverer, how, 10);
        if (fx) {
            Platform.exit();
        }
        System.exit(0);
    }

    private static EmbeddingData data() {
        Random r = new Random(1);
        float[] codes = new float[POINTS * 2];
        int[] labels = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            labels[i] = i % 10;
            double a = labels[i] * Math.PI / 5;
            codes[2 * i] = (float) (Math.cos(a) * 3 + r.nextGaussian());
            codes[2 * i + 1] = (float) (Math.sin(a) * 3 + r.nextGaussian());
        }
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        return new EmbeddingData(codes, 2, labels, names, null, 28);
    }

    private static double[] time(int runs, Runnable body, int warmup) {
        for (int i = 0; i < warmup; i++) {
            body.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static void report(String key, String what, double[] ms) throws IOException {
        Stats s = Stats.of(ms);
        System.out.printf("%-70s %s%n", what, s);
        if (out != null) {
            WindowBench.append(out, s.line(key));
        }
    }

    private static boolean startFx() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            // The redraw benchmark closes its window; the slider benchmark still needs the FX thread.
            Platform.setImplicitExit(false);
            return started.await(10, TimeUnit.SECONDS);
        } catch (RuntimeException | Error e) {
            System.out.println("JavaFX did not start (" + e + "): FX-thread figures skipped");
            return false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static double[] fxRedraw(ScatterViewModel vm) throws Exception {
        AtomicReference<double[]> out = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ScatterPlot plot = new ScatterPlot(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(plot, WIDTH, HEIGHT));
            stage.show();
            plot.applyCss();
            plot.layout();
            out.set(time(300, plot::redraw, 100));
            stage.close();
            done.countDown();
        });
        done.await(120, TimeUnit.SECONDS);
        return out.get();
    }

    private static void sliderLatency(Executor deliverer, String how, long extraMillis) throws Exception {
        MlpCodec codec = new MlpCodec(ModelKind.AE, 12);
        codec.decodeDelayMillis = extraMillis;
        String suffix = extraMillis > 0 ? ".slow" : "";
        report("decode.java" + suffix, "one decode, MLP 12-64-128-784 (plain Java)" + (extraMillis > 0 ? " + " + extraMillis + " ms sleep" : ""),
                time(extraMillis > 0 ? 50 : 2000, () -> codec.decode(new float[12], null), extraMillis > 0 ? 0 : 500));
        try (WorkerPool inference = new WorkerPool("bench-inference", 1, deliverer)) {
            CodecAccess access = new CodecAccess(inference);
            access.setCodec(codec);
            int moves = 1000;
            long[] submitted = new long[moves];
            double[] latency = new double[moves];
            AtomicLong resolved = new AtomicLong(-1);
            Object key = new Object();
            int callsBefore = codec.decodeCalls;
            for (int i = 0; i < moves; i++) {
                float[] code = new float[12];
                code[0] = (float) (Math.sin(i / 50.0) * 3);
                int seq = i;
                submitted[i] = System.nanoTime();
                access.decode(key, code, -1, img -> {
                    long now = System.nanoTime();
                    for (long k = resolved.get() + 1; k <= seq; k++) {
                        latency[(int) k] = (now - submitted[(int) k]) / 1e6;
                    }
                    resolved.set(seq);
                }, err -> { });
                Thread.sleep(4);
            }
            inference.awaitIdle(10, TimeUnit.SECONDS);
            Thread.sleep(100);
            report("slider.java" + suffix, "slider move every 4 ms -> image delivered " + how + (extraMillis > 0 ? ", slow decoder" : ""), latency);
            System.out.printf("  %d slider moves, %d decodes (the rest coalesced)%n", moves, codec.decodeCalls - callsBefore);
        }
    }
}
