package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import latentlab.data.Corruption;
import latentlab.data.DataSplit;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import latentlab.model.engine.Engines;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.checkpoint.EpochMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checkpoints written in format 1 (fourteen fixed spec fields) still load, encode and continue
 * training as they did. The fixtures in {@code resources/latentlab/checkpoint/v1} were trained for
 * one epoch on {@link TrainingFixtures#data} (batch 32, learning rate 0.001, seed 7) by the last
 * version that wrote format 1; the codes and the second epoch's losses below are what that
 * version computed from them. The losses are compared to a millionth: Adam now runs PyTorch's
 * fused kernel, whose rounding differs from the separate ops of that version in the last bits
 * (1e-8 of these losses); a checkpoint read wrong, or resumed without its optimizer state,
 * moves them by far more.
 */
class FormatOneCheckpointTest {
    private static final ModelSpec VAE = ModelSpec.defaults(ModelKind.VAE, 2).fittedTo(8, 4)
            .with(Settings.HIDDEN, List.of(16)).with(Settings.BETA, 2.0).with(Settings.KL_WARMUP, 2)
            .with(Settings.WEIGHT_DECAY, 1e-4);
    private static final ModelSpec DAE = ModelSpec.defaults(ModelKind.DAE, 2).fittedTo(8, 4)
            .with(Settings.HIDDEN, List.of(16, 8)).with(Settings.TIED_WEIGHTS, true)
            .with(Settings.NOISE, Corruption.Type.SALT_AND_PEPPER).with(Settings.NOISE_LEVEL, 0.2);

    private static final Map<String, float[]> CODES = Map.of(
            "vae", new float[] {-0.08220465f, 1.055889f, 0.11678501f, 0.2194274f, -0.043486066f, 0.094978854f,
                0.1686777f, 0.42596805f, -0.098478295f, 0.63393545f, -0.17811663f, -0.010445781f, 0.18372561f,
                0.5215913f, 0.07478093f, 0.6411163f},
            "dae", new float[] {0.20093477f, 0.779097f, -0.42683178f, -0.4064682f, 0.008309775f, -0.008974077f,
                0.04303023f, -0.004347315f, 0.16093081f, 0.15750828f, -0.22700652f, -0.07393472f, 0.17908444f,
                0.097649686f, 0.1360915f, 0.14095639f});
    /** Training and validation totals of epoch 2. */
    private static final Map<String, double[]> EPOCH_TWO = Map.of(
            "vae", new double[] {44.57101631164551, 44.2252311706543},
            "dae", new double[] {10.193560481071472, 10.18302059173584});

    @TempDir
    Path tmp;

    @BeforeAll
    static void engine() {
        Engines.configure(Engines.Mode.HEADLESS);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FormatOneCheckpointTest.class.getResource("/latentlab/checkpoint/v1/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vae", "dae"})
    void loadsEncodesAndTrainsOnAsBefore(String name) throws Exception {
        ModelSpec expected = name.equals("vae") ? VAE : DAE;
        assertTrue(Files.readString(fixture(name).resolve("model.json")).contains("\"formatVersion\": 1"));
        Checkpoint c = Checkpoints.load(fixture(name), expected);
        assertEquals(expected, c.info().spec());
        assertEquals(1, c.info().epoch());

        DataSplit data = TrainingFixtures.data(256, 64);
        float[] pixels = Arrays.copyOf(data.validation().pixels(), 8 * 64);
        try (SnapshotCodec codec = new SnapshotCodec(ModelFactory.standard(), expected, c.parameters())) {
            assertArrayEquals(CODES.get(name), codec.encode(pixels, null), 1e-6f);
        }

        Path copy = Files.createDirectories(tmp.resolve(name));
        try (var files = Files.list(fixture(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<EpochMetrics> epochs = new ArrayList<>();
        try (TrainingService s = new TrainingService(ModelFactory.standard())) {
            TrainingPlan plan = new TrainingPlan(data, List.of(SessionConfig.resume(name, Checkpoints.load(copy), copy)),
                    2, 32, 1e-3, 7, 4, 16);
            TrainingEvent end = s.start(plan, e -> {
                if (e instanceof TrainingEvent.EpochEnded ended) {
                    epochs.add(ended.metrics());
                }
            }).await(120, TimeUnit.SECONDS);
            assertInstanceOf(TrainingEvent.Completed.class, end);
        }
        assertEquals(1, epochs.size(), "only the second epoch is trained");
        assertEquals(EPOCH_TWO.get(name)[0], epochs.get(0).train().get("total"), 1e-6 * EPOCH_TWO.get(name)[0]);
        assertEquals(EPOCH_TWO.get(name)[1], epochs.get(0).validation().get("total"), 1e-6 * EPOCH_TWO.get(name)[1]);
        String resaved = Files.readString(copy.resolve("model.json"));
        assertTrue(resaved.contains("\"formatVersion\": 2"), "saved again in the current format");
        assertEquals(expected, Checkpoints.load(copy).info().spec());
    }
}
