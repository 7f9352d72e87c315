package latentlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import latentlab.cli.BenchmarkFile;
import latentlab.cli.Machine;

/**
 * The window benchmarks' table: reads the results {@link WindowBench} and {@link ExplorerBench} appended
 * ({@code es2.tsv}, {@code sw.tsv}, {@code explorer.tsv} in one folder) and prints the table, or writes
 * it between its markers in docs/BENCHMARKS.md. Run by {@code src/bench/window-bench.sh}.
 */
public final class WindowBenchReport {
    static final String BEGIN = "<!-- window bench: begin (written by `src/bench/window-bench.sh`) -->";
    static final String END = "<!-- window bench: end -->";
    static final String COMMAND = "src/bench/window-bench.sh --write docs/BENCHMARKS.md";

    /** Budgets of the window: a frame every 33 ms (30 frames a second) at worst, an image within a 60 Hz frame. */
    private static final double FRAME_BUDGET_MS = 33;
    private static final double SLIDER_BUDGET_MS = 16;
    private static final double REDRAW_BUDGET_MS = 10;

    private WindowBenchReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WindowBenchReport RESULTS-FOLDER [--write FILE]");
            System.exit(2);
        }
        String table = table(Path.of(args[0]), LocalDate.now().toString());
        System.out.println(table);
        if (args.length > 2 && args[1].equals("--write")) {
            BenchmarkFile.replace(Path.of(args[2]), BEGIN, END, table);
            System.out.println("wrote " + args[2]);
        }
    }

    static String table(Path folder, String date) throws IOException {
        Results es2 = Results.read(folder.resolve("es2.tsv"));
        Results sw = Results.read(folder.resolve("sw.tsv"));
        Results explorer = Results.read(folder.resolve("explorer.tsv"));
        StringJoiner t = new StringJoiner("\n");
        t.add("Machine: " + Machine.describe() + ". Date: " + date + ".");
        t.add("");
        t.add("| figure | pipeline | value | reference (same run) | ratio | budget |");
        t.add("|---|---|---|---|---|---|");
        for (Results r : List.of(es2, sw)) {
            if (r.isEmpty()) {
                continue;
            }
            String pipeline = r.pipelineLabel();
            List<Double> app = r.values("coldstart.app");
            List<Double> bare = r.values("coldstart.bare");
            if (!app.isEmpty()) {
                t.add(row("Cold start to an interactive window (digits loaded, engine started, Train enabled; median of "
                        + app.size() + " starts)", pipeline, ms(median(app)) + " (" + list(app) + ")",
                        bare.isEmpty() ? "" : "an empty JavaFX window: " + ms(median(bare)) + " (" + list(bare) + ")",
                        bare.isEmpty() ? "" : ratio(median(app) / median(bare)), ""));
            }
            for (String view : List.of("losscurves", "embedding2d", "embedding3d")) {
                Stats during = r.stats("frames.training." + view);
                Stats after = r.stats("frames.after." + view);
                if (during == null) {
                    continue;
                }
                String name = switch (view) {
                    case "losscurves" -> "the Training tab (loss curves, reconstructions)";
                    case "embedding2d" -> "Embedding 2D";
                    default -> "Embedding 3D";
                };
                t.add(row("Frame interval while the window's default VAE trains, " + name + " in front", pipeline,
                        pct(during), after == null ? "" : "the same view after training: p99 " + num(after.p99()) + " ms",
                        after == null ? "" : ratio(during.p99() / after.p99()),
                        budget("p99", during.p99(), FRAME_BUDGET_MS)));
            }
            Stats during = r.stats("slider.training");
            Stats after = r.stats("slider.after");
            if (during != null) {
                t.add(row("Latent slider move to decoded image in the window, while training", pipeline, pct(during),
                        after == null ? "" : "after training: p50 " + num(after.p50()) + " ms, p99 " + num(after.p99()) + " ms",
                        after == null ? "" : ratio(during.p99() / after.p99()), budget("p99", during.p99(), SLIDER_BUDGET_MS)));
            }
        }
        Stats pixels = explorer.stats("redraw.pixels");
        if (pixels != null) {
            t.add(row("Full redraw of 70,000 scatter points into the plot's pixels (800x600)", "(Java, before the pipeline)",
                    pct(pixels), "", "", budget("p50", pixels.p50(), REDRAW_BUDGET_MS)));
            Stats layers = explorer.stats("redraw.layers");
            if (layers != null) {
                t.add(row("The same over a VAE's prior density and a 24x24 hole map", "(Java)", pct(layers),
                        "the plain redraw: p50 " + num(pixels.p50()) + " ms", ratio(layers.p50() / pixels.p50()), ""));
            }
            Stats fx = explorer.stats("redraw.fx");
            if (fx != null) {
                t.add(row("Full redraw of 70,000 points on the FX thread (pixels, then the view's buffer updated)",
                        explorer.pipelineLabel(), pct(fx), "the pixels alone: p50 " + num(pixels.p50()) + " ms",
                        ratio(fx.p50() / pixels.p50()), budget("p50", fx.p50(), REDRAW_BUDGET_MS)));
            }
        }
        if (es2.isEmpty()) {
            t.add("");
            t.add("ES2: not measured: `xvfb-run` was not found (Debian's `xvfb` and `libgl1-mesa-dri` provide it).");
        }
        t.add("");
        t.add("Command: `" + COMMAND + "`");
        return t.toString();
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String pct(Stats s) {
        return "p50 " + num(s.p50()) + " ms, p99 " + num(s.p99()) + " ms, max " + num(s.max()) + " ms (n=" + s.n() + ")";
    }

    private static String budget(String which, double value, double budget) {
        return String.format(Locale.ROOT, "%s under %.0f ms: %s", which, budget, value < budget ? "met" : "NOT met");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%,.0f ms", v);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2fx", r);
    }

    private static String list(List<Double> values) {
        StringJoiner j = new StringJoiner(", ");
        values.forEach(v -> j.add(String.format(Locale.ROOT, "%,.0f", v)));
        return j.toString();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One results file: key, then its fields. */
    private record Results(Map<String, List<String[]>> lines) {
        static Results read(Path file) throws IOException {
            Map<String, List<String[]>> lines = new HashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length > 1) {
                        lines.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
                    }
                }
            }
            return new Results(lines);
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }

        List<Double> values(String key) {
            return lines.getOrDefault(key, List.of()).stream().map(f -> Double.parseDouble(f[1])).toList();
        }

        Stats stats(String key) {
            List<String[]> f = lines.get(key);
            return f == null ? null : Stats.parse(f.get(f.size() - 1));
        }

        String pipelineLabel() {
            List<String[]> p = lines.get("pipeline");
            List<String[]> renderer = lines.get("renderer");
            String name = p == null ? "SWPipeline" : p.get(0)[1];
            String label = switch (name) {
                case "ES2Pipeline" -> "ES2 (OpenGL";
                case "SWPipeline" -> "software (Monocle headless";
                default -> name + " (";
            };
            if (name.equals("ES2Pipeline")) {
                label += renderer == null ? ", Xvfb" : ": " + renderer.get(0)[1] + ", Xvfb";
            }
            return label + ")";
        }
    }
}
