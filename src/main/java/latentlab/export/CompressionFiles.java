package latentlab.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;

/** The compression chart as files: {@code compression.csv} (one row per point) and {@code compression.json}. */
public final class CompressionFiles {
    public static final String CSV = "compression.csv";
    public static final String JSON = "compression.json";
    static final String HEADER = "model,code_size,epochs,compression_ratio,mse_per_pixel,bce_per_pixel";

    private CompressionFiles() {
    }

    /** Writes both files into {@code dir}, each whole or not at all. */
    public static void write(CompressionResult result, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(CSV), csv(result));
        AtomicFiles.writeString(dir.resolve(JSON), json(result));
    }

    static String csv(CompressionResult result) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (CompressionPoint p : result.points()) {
            b.append(p.kindName()).append(',').append(p.codeSize()).append(',').append(p.epochs()).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", p.compressionRatio())).append(',').append(p.mse())
                    .append(',').append(p.bce()).append('\n');
        }
        return b.toString();
    }

    static String json(CompressionResult result) {
        CompressionSweep s = result.sweep();
        JsonObject o = new JsonObject();
        o.addProperty("dataset", s.datasetId());
        o.addProperty("seed", s.seed());
        o.addProperty("epochs", s.epochs());
        o.addProperty("validationImages", result.validationSize());
        JsonArray kinds = new JsonArray();
        s.kindNames().forEach(kinds::add);
        o.add("models", kinds);
        JsonArray sizes = new JsonArray();
        s.sizes().forEach(sizes::add);
        o.add("codeSizes", sizes);
        JsonArray hidden = new JsonArray();
        s.hidden().forEach(hidden::add);
        o.add("hidden", hidden);
        o.add("explanations", AppsJson.explanations(result.explanations()));
        JsonArray points = new JsonArray();
        for (CompressionPoint p : result.points()) {
            JsonObject x = new JsonObject();
            x.addProperty("model", p.kindName());
            x.addProperty("codeSize", p.codeSize());
            x.addProperty("epochs", p.epochs());
            x.addProperty("compressionRatio", p.compressionRatio());
            x.addProperty("msePerPixel", p.mse());
            x.addProperty("bcePerPixel", p.bce());
            points.add(x);
        }
        o.add("points", points);
        return AppsJson.text(o);
    }
}
