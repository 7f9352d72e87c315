package latentlab.export.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.latent.Projected;
import latentlab.latent.ProjectionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatesCsvTest {
    @TempDir
    Path tmp;

    @Test
    void twoDimensionsGiveXyLabelAndIndex() throws Exception {
        Projected p = new Projected(ProjectionMethod.TSNE, new float[] {1.5f, -2, 0, 0.25f}, 2, new int[] {7, 3}, null);
        Path file = tmp.resolve("coords.csv");
        CoordinatesCsv.write(file, p, i -> i == 7 ? "seven" : "T-shirt, top");
        assertEquals(List.of("x,y,label,index", "1.5,-2.0,seven,7", "0.0,0.25,\"T-shirt, top\",3"),
                Files.readAllLines(file));
    }

    @Test
    void threeDimensionsAddZ() {
        Projected p = new Projected(ProjectionMethod.PCA, new float[] {1, 2, 3}, 3, new int[] {0}, null);
        assertEquals("x,y,z,label,index\n1.0,2.0,3.0,a,0\n", CoordinatesCsv.text(p, i -> "a"));
    }
}
