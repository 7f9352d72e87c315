package latentlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowBenchReportTest {

    @TempDir
    Path dir;

    @Test
    void eachFigureStandsBesideItsReferenceAndRatioFromTheSameRun() throws Exception {
        Files.write(dir.resolve("es2.tsv"), List.of("coldstart.bare\t1000", "coldstart.app\t5000", "coldstart.bare\t1200",
                "coldstart.app\t4000", "coldstart.bare\t1100", "coldstart.app\t4400", "pipeline\tES2Pipeline\ttrue",
                "frames.training.embedding2d\t450\t16.5\t40.000\t50.0", "frames.after.embedding2d\t499\t16.0\t20.000\t21.0",
                "slider.training\t200\t3.0\t12.000\t14.0", "slider.after\t300\t2.0\t6.000\t7.0",
                "renderer\tllvmpipe (LLVM 15.0.6, 256 bits)"));
        Files.write(dir.resolve("explorer.tsv"), List.of("redraw.pixels\t300\t2.000\t2.5\t9.0",
                "redraw.layers\t300\t5.000\t5.5\t6.0", "redraw.fx\t300\t3.000\t3.5\t12.0"));

        String table = WindowBenchReport.table(dir, "2026-12-01");

        String cold = row(table, "Cold start");
        assertTrue(cold.contains("ES2 (OpenGL: llvmpipe (LLVM 15.0.6, 256 bits), Xvfb)"), cold);
        assertTrue(cold.contains("4,400 ms (5,000, 4,000, 4,400)"), "the median of the starts, and each: " + cold);
        assertTrue(cold.contains("an empty JavaFX window: 1,100 ms") && cold.contains("| 4.00x |"), cold);
        String frames = row(table, "Frame interval");
        assertTrue(frames.contains("p99 40.0 ms") && frames.contains("after training: p99 20.0 ms")
                && frames.contains("| 2.00x |") && frames.endsWith("p99 under 33 ms: NOT met |"), frames);
        String slider = row(table, "Latent slider");
        assertTrue(slider.contains("| 2.00x |") && slider.endsWith("p99 under 16 ms: met |"), slider);
        assertTrue(row(table, "The same over").contains("| 2.50x |"));
        String fx = row(table, "Full redraw of 70,000 points on the FX thread");
        assertTrue(fx.contains("software (Monocle headless)") && fx.contains("| 1.50x |"), fx);
        assertFalse(table.contains("Embedding 3D"), "no row for a figure not measured");
        assertTrue(table.contains("Date: 2026-12-01") && table.contains("Command: `src/bench/window-bench.sh --write"));
        assertFalse(table.contains("xvfb-run` was not found"));
    }

    @Test
    void withoutXvfbTheTableSaysWhyTheEs2FiguresAreMissing() throws Exception {
        Files.write(dir.resolve("sw.tsv"), List.of("coldstart.bare\t900", "coldstart.app\t4500", "pipeline\tSWPipeline\tfalse"));
        String table = WindowBenchReport.table(dir, "2026-12-01");
        assertTrue(row(table, "Cold start").contains("software (Monocle headless)"));
        assertTrue(table.contains("ES2: not measured: `xvfb-run` was not found"), table);
    }

    @Test
    void writingTwiceReplacesTheSectionAndKeepsTheRestOfThePage() throws Exception {
        Files.write(dir.resolve("sw.tsv"), List.of("coldstart.bare\t900", "coldstart.app\t4500"));
        Path page = dir.resolve("BENCHMARKS.md");
        Files.writeString(page, "# Benchmarks\n\n" + WindowBenchReport.BEGIN + "\nold\n" + WindowBenchReport.END
                + "\n\n## Reliability\n");
        for (int i = 0; i < 2; i++) {
            WindowBenchReport.main(new String[] {dir.toString(), "--write", page.toString()});
        }
        String text = Files.readString(page);
        assertEquals(text.indexOf(WindowBenchReport.BEGIN), text.lastIndexOf(WindowBenchReport.BEGIN));
        assertFalse(text.contains("\nold\n"));
        assertTrue(text.startsWith("# Benchmarks\n") && text.endsWith("## Reliability\n") && text.contains("4,500 ms"));
    }

    private static String row(String table, String start) {
        return table.lines().filter(l -> l.startsWith("| " + start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + start + " in\n" + table));
    }
}
