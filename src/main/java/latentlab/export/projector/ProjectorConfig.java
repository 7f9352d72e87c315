package latentlab.export.projector;

/**
 * {@code projector_config.pbtxt}: the protocol-buffer text that tells the Embedding Projector
 * which files of the folder hold the vectors, their metadata and the sprite, with paths relative
 * to the folder so that it can be moved as a whole.
 */
final class ProjectorConfig {
    static final String FILE = "projector_config.pbtxt";

    private ProjectorConfig() {
    }

    /** The configuration of one embedding of {@code count} vectors of {@code dim} numbers. */
    static String text(String name, int count, int dim, SpriteLayout sprite) {
        return "embeddings {\n"
                + "  tensor_name: \"" + escape(name) + "\"\n"
                + "  tensor_shape: " + count + "\n"
                + "  tensor_shape: " + dim + "\n"
                + "  tensor_path: \"" + ProjectorWriter.VECTORS + "\"\n"
                + "  metadata_path: \"" + ProjectorWriter.METADATA + "\"\n"
                + "  sprite {\n"
                + "    image_path: \"" + ProjectorWriter.SPRITE + "\"\n"
                + "    single_image_dim: " + sprite.thumbnailSide() + "\n"
                + "    single_image_dim: " + sprite.thumbnailSide() + "\n"
                + "  }\n"
                + "}\n";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
