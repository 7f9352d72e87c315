package latentlab.export.projector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import latentlab.latent.Projected;
import latentlab.export.AtomicFiles;

/**
 * Projected coordinates as CSV: header {@code x,y,label,index} (with {@code z} after {@code y}
 * for a 3D view), one row per plotted sample, {@code index} its position in the data set. What
 * the Projector itself cannot export.
 */
public final class CoordinatesCsv {
    private CoordinatesCsv() {
    }

    /** The CSV text of {@code p}, naming sample i's class {@code label.apply(i)}. */
    public static String text(Projected p, IntFunction<String> label) {
        if (p.outDim() != 2 && p.outDim() != 3) {
            throw new IllegalArgumentException("coordinates are 2D or 3D, not " + p.outDim() + "D");
        }
        StringBuilder b = new StringBuilder(p.outDim() == 3 ? "x,y,z,label,index\n" : "x,y,label,index\n");
        for (int k = 0; k < p.size(); k++) {
            for (int j = 0; j < p.outDim(); j++) {
                b.append(p.points()[k * p.outDim() + j]).append(',');
            }
            b.append(field(label.apply(p.indices()[k]))).append(',').append(p.indices()[k]).append('\n');
        }
        return b.toString();
    }

    /** Writes {@link #text} to {@code file}, whole or not at all. */
    public static void write(Path file, Projected p, IntFunction<String> label) throws IOException {
        AtomicFiles.writeString(file, text(p, label));
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
