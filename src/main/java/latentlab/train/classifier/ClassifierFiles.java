package latentlab.train.classifier;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import latentlab.model.ParamSnapshot;
import latentlab.model.classifier.ReferenceCnn;
import latentlab.train.checkpoint.CheckpointException;
import latentlab.train.checkpoint.ParamsFile;

/**
 * A reference classifier on disk: a folder holding {@value #PARAMS} (the checkpoint parameter
 * format), {@value #JSON} (how it was made, its validation accuracy and the parameters' SHA-256)
 * and its model card {@value #CARD}. The one LatentLab ships is in the jar under {@value #BUNDLED}.
 */
public final class ClassifierFiles {
    public static final String PARAMS = "params.bin";
    public static final String JSON = "classifier.json";
    public static final String CARD = "MODEL.md";
    /** Where the shipped classifier lies on the class path (from the repository's models/classifier). */
    public static final String BUNDLED = "/models/classifier/";
    static final int FORMAT_VERSION = 1;

    /** A classifier read and checked: its weights and how it was made. */
    public record Loaded(ParamSnapshot parameters, ClassifierInfo info) {
    }

    private ClassifierFiles() {
    }

    /** Writes the three files into {@code dir}, which must be new, empty or a classifier folder. */
    public static void save(Path dir, ClassifierTraining.Result result, String command) throws IOException {
        if (Files.exists(dir)) {
            try (var entries = Files.list(dir)) {
                if (!entries.allMatch(f -> Set.of(PARAMS, JSON, CARD).contains(f.getFileName().toString()))) {
                    throw new CheckpointException(dir + " holds other files than a classifier's; choose a new or"
                            + " empty folder (nothing was written)");
                }
            }
        }
        Files.createDirectories(dir);
        byte[] params = ParamsFile.encode(result.parameters());
        Files.write(dir.resolve(PARAMS), params);
        Files.writeString(dir.resolve(JSON), json(result.info(), ParamsFile.sha256(params)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CARD), ModelCard.text(result.info(), result.parameters().parameterCount(),
                command), StandardCharsets.UTF_8);
    }

    /** The classifier in {@code dir}, checked; every refusal names the folder and the problem. */
    public static Loaded load(Path dir) throws CheckpointException {
        try {
            return parse(Files.readAllBytes(dir.resolve(JSON)), Files.readAllBytes(dir.resolve(PARAMS)),
                    "classifier " + dir);
        } catch (NoSuchFileException e) {
            throw new CheckpointException("classifier " + dir + ": " + Path.of(e.getFile()).getFileName()
                    + " is missing; is this a classifier folder (latentlab classifier train --out DIR)?");
        } catch (CheckpointException e) {
            throw e;
        } catch (IOException e) {
            throw new CheckpointException("classifier " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The classifier that ships inside LatentLab. */
    public static Loaded loadBundled() throws CheckpointException {
        return parse(resource(JSON), resource(PARAMS), "the bundled classifier");
    }

    private static byte[] resource(String name) throws CheckpointException {
        try (InputStream in = ClassifierFiles.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new CheckpointException("the reference classifier is missing from this build of LatentLab ("
                        + BUNDLED + name + "); give one with --classifier DIR");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CheckpointException("the bundled classifier cannot be read: " + e.getMessage(), e);
        }
    }

    static String json(ClassifierInfo info, String paramsSha256) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", FORMAT_VERSION);
        o.addProperty("architecture", info.architecture());
        o.addProperty("dataset", info.dataset());
        o.addProperty("trainImages", info.trainImages());
        o.addProperty("validationImages", info.validationImages());
        o.addProperty("seed", info.seed());
        o.addProperty("epochs", info.epochs());
        o.addProperty("batchSize", info.batchSize());
        o.addProperty("learningRate", info.learningRate());
        o.addProperty("validationAccuracy", info.validationAccuracy());
        JsonArray history = new JsonArray();
        for (ClassifierInfo.Epoch e : info.history()) {
            JsonObject h = new JsonObject();
            h.addProperty("epoch", e.epoch());
            h.addProperty("trainLoss", e.trainLoss());
            h.addProperty("validationAccuracy", e.validationAccuracy());
            history.add(h);
        }
        o.add("history", history);
        JsonObject sha = new JsonObject();
        sha.addProperty(PARAMS, paramsSha256);
        o.add("sha256", sha);
        return new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n";
    }

    static Loaded parse(byte[] jsonBytes, byte[] params, String where) throws CheckpointException {
        JsonObject o;
        try {
            JsonElement root = JsonParser.parseString(new String(jsonBytes, StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                throw new CheckpointException(where + ": " + JSON + " does not hold a JSON object");
            }
            o = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new CheckpointException(where + ": " + JSON + " is not valid JSON");
        }
        try {
            int version = o.get("formatVersion").getAsInt();
            if (version > FORMAT_VERSION) {
                throw new CheckpointException(where + ": " + JSON + " has format version " + version
                        + ", newer than this LatentLab reads (" + FORMAT_VERSION + ")");
            }
            String architecture = o.get("architecture").getAsString();
            if (!architecture.equals(ReferenceCnn.ARCHITECTURE)) {
                throw new CheckpointException(where + " is another network (" + architecture + ") than the"
                        + " reference CNN (" + ReferenceCnn.ARCHITECTURE + ")");
            }
            String sha = o.getAsJsonObject("sha256").get(PARAMS).getAsString();
            if (!sha.equals(ParamsFile.sha256(params))) {
                throw new CheckpointException(where + ": " + PARAMS + " does not match the SHA-256 recorded in "
                        + JSON + "; the file is damaged or was replaced");
            }
            List<ClassifierInfo.Epoch> history = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("history")) {
                JsonObject h = e.getAsJsonObject();
                history.add(new ClassifierInfo.Epoch(h.get("epoch").getAsInt(), h.get("trainLoss").getAsDouble(),
                        h.get("validationAccuracy").getAsDouble()));
            }
            ClassifierInfo info = new ClassifierInfo(architecture, o.get("dataset").getAsString(),
                    o.get("trainImages").getAsInt(), o.get("validationImages").getAsInt(), o.get("seed").getAsLong(),
                    o.get("epochs").getAsInt(), o.get("batchSize").getAsInt(), o.get("learningRate").getAsDouble(),
                    history);
            return new Loaded(ParamsFile.decode(params, where + ": " + PARAMS), info);
        } catch (NullPointerException | ClassCastException | IllegalStateException | UnsupportedOperationException
                | NumberFormatException e) {
            throw new CheckpointException(where + ": " + JSON + " lacks a field or holds one of the wrong type");
        }
    }
}
