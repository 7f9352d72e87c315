package latentlab.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latentlab.latent.apps.CompressionPoint;
import latentlab.latent.apps.CompressionResult;
import latentlab.latent.apps.CompressionSweep;

/**
 * Reads back the {@code compression.json} that {@link CompressionFiles} writes (by
 * {@code latentlab sweep compression --out DIR} or the window's sweep). Every problem is one
 * sentence that names the file and what is wrong with it.
 */
public final class CompressionReader {
    private CompressionReader() {
    }

    /** The result saved in {@code dir}. */
    public static CompressionResult read(Path dir) throws IOException {
        Path file = dir.resolve(CompressionFiles.JSON);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IOException(dir + " holds no " + CompressionFiles.JSON
                    + ": open a folder written by a sweep (latentlab sweep compression --out DIR, or Run sweep)");
        } catch (MalformedInputException e) {
            throw new IOException(file + " is not text: it is not a sweep's result");
        }
        try {
            return parse(JsonParser.parseString(text));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw new IOException(file + " is damaged: it is not the JSON a sweep writes (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged: " + e.getMessage());
        }
    }

    private static CompressionResult parse(JsonElement root) {
        JsonObject o = root.getAsJsonObject();
        List<String> kinds = new ArrayList<>();
        for (JsonElement k : array(o, "models")) {
            kinds.add(k.getAsString());
        }
        List<Integer> sizes = new ArrayList<>();
        for (JsonElement s : array(o, "codeSizes")) {
            sizes.add(s.getAsInt());
        }
        // Sweeps written before the hidden layers were recorded trained each kind's preset.
        List<Integer> hidden = new ArrayList<>();
        if (o.has("hidden")) {
            for (JsonElement h : array(o, "hidden")) {
                hidden.add(h.getAsInt());
            }
        }
        CompressionSweep sweep = CompressionSweep.named(kinds, sizes, field(o, "epochs").getAsInt(),
                field(o, "dataset").getAsString(), field(o, "seed").getAsLong(), hidden);
        List<CompressionPoint> points = new ArrayList<>();
        for (JsonElement e : array(o, "points")) {
            JsonObject p = e.getAsJsonObject();
            String name = field(p, "model").getAsString() + "-" + field(p, "codeSize").getAsInt();
            double mse = field(p, "msePerPixel").getAsDouble();
            double bce = field(p, "bcePerPixel").getAsDouble();
            if (!(mse >= 0 && mse <= 1) || !(bce >= 0) || Double.isInfinite(bce)) {
                throw new IllegalArgumentException(name + " has an error out of range (MSE " + mse + ", BCE " + bce
                        + ")");
            }
            int size = field(p, "codeSize").getAsInt();
            int pixels = (int) Math.round(field(p, "compressionRatio").getAsDouble() * size);
            points.add(CompressionPoint.named(field(p, "model").getAsString(), size, field(p, "epochs").getAsInt(),
                    pixels, mse, bce));
        }
        return new CompressionResult(sweep, field(o, "validationImages").getAsInt(), points);
    }

    private static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("it has no '" + name + "'");
        }
        return e;
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("'" + name + "' is not a list");
        }
        return e.getAsJsonArray();
    }
}
