package latentlab.model.engine;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The engine's own op profiler (PyTorch's autograd profiler, which DJL starts and stops): every
 * op the calling thread runs, with its input shapes, its time and the memory it allocated.
 */
public final class EngineProfiler {
    /** The op {@link #mark} runs: an identity matrix of side 1, which training never makes. */
    public static final String MARK = "aten::eye";

    /**
     * One op as the profiler saw it.
     *
     * @param depth 0 for an op called from Java (or a node of the backward pass), 1 and more for
     *     the ops it called in turn
     * @param allocatedBytes memory the op allocated and still held when it returned (negative when it freed)
     */
    public record Op(String name, String shapes, double startMicros, double micros, long allocatedBytes, int depth) {
        public double endMicros() {
            return startMicros + micros;
        }
    }

    private EngineProfiler() {
    }

    /** Starts recording the ops of the calling thread (and of the backward passes it runs). */
    public static void start() {
        JniUtils.startProfile(Engines.device().isGpu(), true, true);
    }

    /** A marker in the record, to split it into steps; {@link #MARK} ops are not the work measured. */
    public static void mark(NDManager m) {
        m.eye(1).close();
    }

    /** Stops recording and returns the ops in the order they started, each with its depth. */
    public static List<Op> stop() throws IOException {
        Path file = Files.createTempFile("latentlab-profile", ".json");
        try {
            JniUtils.stopProfile(file.toString());
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Chrome-trace events ("ph": "X") as ops, with depth from how their times nest. */
    static List<Op> parse(String json) {
        List<Op> flat = new ArrayList<>();
        JsonArray events = JsonParser.parseString(json).getAsJsonArray();
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            if (!"X".equals(o.get("ph").getAsString())) {
                continue;
            }
            String shapes = o.has("shape") ? o.get("shape").toString() : "";
            long memory = o.has("cpu mem") ? bytes(o.get("cpu mem").getAsString()) : 0;
            flat.add(new Op(o.get("name").getAsString(), shapes, o.get("ts").getAsDouble(), o.get("dur").getAsDouble(),
                    memory, 0));
        }
        // Outer ops first where two start together, so that each op's parent precedes it.
        flat.sort(Comparator.comparingDouble(Op::startMicros).thenComparing(Comparator.comparingDouble(Op::micros)
                .reversed()));
        List<Op> out = new ArrayList<>(flat.size());
        Deque<Op> open = new ArrayDeque<>();
        for (Op op : flat) {
            while (!open.isEmpty() && open.peek().endMicros() <= op.startMicros()) {
                open.pop();
            }
            Op placed = new Op(op.name(), op.shapes(), op.startMicros(), op.micros(), op.allocatedBytes(), open.size());
            out.add(placed);
            open.push(placed);
        }
        return out;
    }

    /** "1.20 Mb", "-400 Kb", "4 b" (the profiler's own units, powers of 1024) in bytes. */
    static long bytes(String text) {
        String[] parts = text.strip().split("\\s+");
        double value = Double.parseDouble(parts[0]);
        String unit = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "b";
        double scale = switch (unit) {
            case "kb" -> 1024;
            case "mb" -> 1024 * 1024;
            case "gb" -> 1024.0 * 1024 * 1024;
            default -> 1;
        };
        return Math.round(value * scale);
    }
}
