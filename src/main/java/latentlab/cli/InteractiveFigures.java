package latentlab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import latentlab.data.DataException;
import latentlab.data.DataSource;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.latent.DatasetEncoder;
import latentlab.latent.ManifoldGrid;
import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;
import latentlab.train.ModelFactory;
import latentlab.train.SnapshotCodec;

/**
 * The explorer's engine-side latencies, through the same {@link SnapshotCodec} the window's
 * inference thread decodes with: one code (a slider move), a 32x32 manifold grid, and the codes
 * of 70,000 images (what the embedding views encode after training).
 */
final class InteractiveFigures {
    static final int SLIDER_MOVES = 1000;
    static final int GRID_SIDE = 32;
    static final int ENCODED = 70_000;

    /**
     * @param sliderP50 slider move to decoded image, median, ms
     * @param sliderP99 its 99th percentile, ms
     * @param gridMillis decoding the 32x32 grid, median of 10, ms
     * @param encodeMillis encoding {@link #ENCODED} images, median of 3, ms
     * @param encodeSource what was encoded, in words
     * @param peakRssMiB the process's peak resident set once they were loaded and encoded
     */
    record Result(double sliderP50, double sliderP99, double gridMillis, double encodeMillis, String encodeSource,
            double peakRssMiB) {
    }

    private InteractiveFigures() {
    }

    static Result measure(ModelSpec spec, ParamSnapshot weights) throws DataException {
        Encodable images = seventyThousand();
        try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), spec, weights)) {
            int d = codec.latentDim();
            double[] slider = new double[SLIDER_MOVES];
            float[] code = new float[d];
            for (int i = -50; i < SLIDER_MOVES; i++) {
                // The first slider swept back and forth, as a mouse drags it.
                code[0] = (float) (2.5 * Math.sin(i / 20.0));
                long t0 = System.nanoTime();
                codec.decode(code, null);
                if (i >= 0) {
                    slider[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(slider);
            double[] axis = ManifoldGrid.priorQuantiles(GRID_SIDE);
            float[] grid = ManifoldGrid.codes(new float[d], 0, 1, axis, axis);
            double gridMillis = medianMillis(10, () -> codec.decode(grid, null));
            double encodeMillis = medianMillis(3, () -> DatasetEncoder.encodeAll(codec, images.sets()));
            return new Result(slider[SLIDER_MOVES / 2], slider[(int) Math.floor(0.99 * (SLIDER_MOVES - 1))], gridMillis,
                    encodeMillis, images.description(), ProcessMemory.peakRssMiB());
        }
    }

    private record Encodable(List<Dataset> sets, String description) {
    }

    /** Fashion-MNIST's 70,000 images where Debian's package installed them, else the bundled digits seven times. */
    private static Encodable seventyThousand() throws DataException {
        DataSource fashion = DataSources.fashionMnist(DataSources.FASHION_DIR);
        if (fashion.availability().usable()) {
            DataSplit f = fashion.load();
            return new Encodable(List.of(f.train(), f.validation()), String.format(Locale.ROOT, "Fashion-MNIST's %,d images",
                    f.train().size() + f.validation().size()));
        }
        DataSplit m = DataSources.open("mnist");
        int per = m.train().size() + m.validation().size();
        List<Dataset> sets = new ArrayList<>();
        for (int i = 0; i < ENCODED / per; i++) {
            sets.addAll(List.of(m.train(), m.validation()));
        }
        return new Encodable(Collections.unmodifiableList(sets), String.format(Locale.ROOT, "the bundled %,d digits %d times "
                + "(Fashion-MNIST is not installed at %s)", per, ENCODED / per, DataSources.FASHION_DIR));
    }

    private static double medianMillis(int runs, Runnable work) {
        work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
