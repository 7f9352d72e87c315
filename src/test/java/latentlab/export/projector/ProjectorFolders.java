package latentlab.export.projector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Checks of a Projector folder that every test of one makes. */
public final class ProjectorFolders {
    private ProjectorFolders() {
    }

    /**
     * Parses {@code projector_config.pbtxt} and checks that it names the folder's vectors,
     * metadata and sprite, with the tensor's shape and the thumbnails' size.
     */
    public static void assertConfigTiesTheFiles(Path dir, int count, int dim, int thumbnail) throws IOException {
        Map<String, List<Object>> embedding = Pbtxt.first(
                Pbtxt.parse(Files.readString(dir.resolve("projector_config.pbtxt"))), "embeddings");
        assertEquals(List.of("vectors.tsv"), embedding.get("tensor_path"));
        assertEquals(List.of("metadata.tsv"), embedding.get("metadata_path"));
        assertEquals(List.of(Integer.toString(count), Integer.toString(dim)), embedding.get("tensor_shape"));
        Map<String, List<Object>> sprite = Pbtxt.first(embedding, "sprite");
        assertEquals(List.of("sprite.png"), sprite.get("image_path"));
        String side = Integer.toString(thumbnail);
        assertEquals(List.of(side, side), sprite.get("single_image_dim"));
    }
}
