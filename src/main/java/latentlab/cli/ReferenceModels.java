package latentlab.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The same models in plain PyTorch ({@code src/bench/reference_models.py} with Debian's
 * {@code python3-torch}), run as a child process: the reference of the throughput table.
 */
final class ReferenceModels {
    static final Path SCRIPT = Path.of("src", "bench", "reference_models.py");
    /**
     * Batches per epoch the reference times for a convolutional model: its PyTorch trains at a few
     * hundred images per second on two cores, so whole epochs would make a row take many minutes.
     */
    static final int CONV_BATCHES = 10;

    /** One run's figures: median images per second over the epochs after the first, and PyTorch's version. */
    record Figures(double imagesPerSecond, String torch, int batchesPerEpoch) {
    }

    private final String python;

    ReferenceModels(String python) {
        this.python = python;
    }

    /** Why the reference cannot run, or null when it can. */
    String missing() {
        if (!Files.isRegularFile(SCRIPT)) {
            return SCRIPT + " is not here (run from the repository root)";
        }
        if (!Files.isExecutable(Path.of(python))) {
            return "no " + python + " (Debian's python3-torch)";
        }
        return null;
    }

    /** The reference's figures, or null when it failed (no torch in that python, for one). */
    Figures run(String model, int latent, int batch, int threads, int epochs) throws IOException,
            InterruptedException {
        if (missing() != null) {
            return null;
        }
        List<String> cmd = new ArrayList<>(List.of(python, SCRIPT.toString(), "--model", model, "--latent",
                Integer.toString(latent), "--batch", Integer.toString(batch), "--threads", Integer.toString(threads),
                "--epochs", Integer.toString(epochs)));
        if (model.startsWith("conv")) {
            cmd.addAll(List.of("--batches", Integer.toString(CONV_BATCHES)));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || text.isEmpty()) {
            return null;
        }
        JsonObject o = JsonParser.parseString(text.lines().reduce((x, y) -> y).orElse("")).getAsJsonObject();
        return new Figures(o.get("samplesPerSecond").getAsDouble(), o.get("torch").getAsString(),
                o.has("batchesPerEpoch") ? o.get("batchesPerEpoch").getAsInt() : 0);
    }
}
