package latentlab.export.projector;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.export.AtomicFiles;

/**
 * Writes a folder that TensorBoard's Embedding Projector loads as it is: {@code vectors.tsv}
 * (one code per line, tab-separated, no header), {@code metadata.tsv} (one line per code; a
 * header row only when there is more than one column, as the Projector expects), {@code sprite.png}
 * (the images as thumbnails, see {@link SpriteLayout}) and {@code projector_config.pbtxt} tying
 * them together. Codes are streamed in; the folder is filled under a temporary name and appears
 * whole on {@link #commit()}, or not at all.
 */
public final class ProjectorWriter implements AutoCloseable {
    public static final String VECTORS = "vectors.tsv";
    public static final String METADATA = "metadata.tsv";
    public static final String SPRITE = "sprite.png";
    public static final String CONFIG = ProjectorConfig.FILE;

    private final Path target;
    private final Path temp;
    private final String name;
    private final int count;
    private final int dim;
    private final int columns;
    private final SpriteLayout layout;
    private final SpriteSheet sprite;
    private final BufferedWriter vectors;
    private final BufferedWriter metadata;
    private int added;
    private boolean done;

    private ProjectorWriter(Path target, String name, int count, int dim, int imageSide, List<String> columns)
            throws IOException {
        this.target = target;
        this.name = name;
        this.count = count;
        this.dim = dim;
        this.columns = columns.size();
        this.layout = SpriteLayout.of(count, imageSide);
        this.sprite = new SpriteSheet(layout);
        this.temp = AtomicFiles.temporaryFolderFor(target);
        BufferedWriter v = null;
        try {
            v = Files.newBufferedWriter(temp.resolve(VECTORS), StandardCharsets.UTF_8);
            this.vectors = v;
            this.metadata = Files.newBufferedWriter(temp.resolve(METADATA), StandardCharsets.UTF_8);
            if (columns.size() > 1) {
                metadata.write(String.join("\t", columns.stream().map(ProjectorWriter::field).toList()) + "\n");
            }
        } catch (IOException | RuntimeException e) {
            if (v != null) {
                v.close();
            }
            AtomicFiles.discard(temp);
            throw e;
        }
    }

    /**
     * Starts a folder at {@code target} for {@code count} codes of {@code dim} numbers and
     * square images of {@code imageSide} pixels a side.
     *
     * @param name the embedding's name in the Projector
     * @param columns the metadata's column names (at least one)
     * @throws IOException when {@code target} exists and is not an empty folder, or cannot be written
     */
    public static ProjectorWriter open(Path target, String name, int count, int dim, int imageSide,
            List<String> columns) throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("the metadata needs at least one column");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("codes need at least one number, got " + dim);
        }
        AtomicFiles.requireNewOrEmptyFolder(target);
        return new ProjectorWriter(target, name, count, dim, imageSide, List.copyOf(columns));
    }

    /** The sprite's layout: say {@link SpriteLayout#note()} to the user when it shrank the thumbnails. */
    public SpriteLayout sprite() {
        return layout;
    }

    /**
     * Adds the next code with its metadata and its image.
     *
     * @param values one per column; tabs and line breaks become spaces
     * @param pixels the image starts at {@code from}, row-major, values in [0,1]
     */
    public void add(float[] code, List<String> values, float[] pixels, int from) throws IOException {
        if (added == count) {
            throw new IllegalStateException("the folder was opened for " + count + " codes");
        }
        if (code.length != dim || values.size() != columns) {
            throw new IllegalArgumentException("expected a code of " + dim + " and " + columns + " values, got "
                    + code.length + " and " + values.size());
        }
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < dim; j++) {
            if (!Float.isFinite(code[j])) {
                throw new IllegalArgumentException("code " + added + " holds " + code[j]
                        + "; the Projector reads finite numbers only");
            }
            line.append(j == 0 ? "" : "\t").append(code[j]);
        }
        vectors.write(line.append('\n').toString());
        metadata.write(String.join("\t", values.stream().map(ProjectorWriter::field).toList()) + "\n");
        sprite.put(added, pixels, from);
        added++;
    }

    /** Finishes the files and moves the folder into place. */
    public void commit() throws IOException {
        if (added != count) {
            throw new IllegalStateException(added + " codes were added to a folder opened for " + count);
        }
        vectors.close();
        metadata.close();
        sprite.writePng(temp.resolve(SPRITE));
        Files.writeString(temp.resolve(CONFIG), ProjectorConfig.text(name, count, dim, layout), StandardCharsets.UTF_8);
        AtomicFiles.publish(temp, target);
        done = true;
    }

    /** Without {@link #commit()}, removes everything written: the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (!done) {
            try {
                vectors.close();
                metadata.close();
            } finally {
                AtomicFiles.discard(temp);
            }
        }
    }

    private static String field(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
