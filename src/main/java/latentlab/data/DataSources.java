package latentlab.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** The data sources LatentLab knows by name, and the way to open one by name or path. */
public final class DataSources {
    public static final String FASHION_ID = "fashion-mnist";
    /** Where Debian's {@code dataset-fashion-mnist} package installs the files. */
    public static final Path FASHION_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private DataSources() {
    }

    /** The named sources, the default (bundled MNIST) first, whether usable or not. */
    public static List<DataSource> named() {
        return List.of(new BundledMnist(), fashionMnist(FASHION_DIR));
    }

    /** Fashion-MNIST as Debian installs it, or as found in {@code folder}. */
    public static DataSource fashionMnist(Path folder) {
        return new IdxFolderSource(FASHION_ID, "Fashion-MNIST (70,000 clothing images)", folder, FASHION_CLASSES,
                "sudo apt-get install dataset-fashion-mnist");
    }

    /** The default source: always there. */
    public static DataSource defaultSource() {
        return new BundledMnist();
    }

    /**
     * The source called {@code nameOrPath}: a name from {@link #named()}, or a folder of IDX
     * files; either followed by {@code :CLASS} (e.g. {@code mnist:1}) trains on that class alone.
     */
    public static DataSource find(String nameOrPath) throws DataException {
        for (DataSource s : named()) {
            if (s.id().equalsIgnoreCase(nameOrPath)) {
                return s;
            }
        }
        Path p = pathOrNull(nameOrPath);
        if (p != null && Files.isDirectory(p)) {
            return IdxFolderSource.of(p);
        }
        int colon = nameOrPath.lastIndexOf(OneClassSource.SEPARATOR);
        if (colon > 0 && nameOrPath.substring(colon + 1).matches("\\d{1,4}")) {
            return new OneClassSource(find(nameOrPath.substring(0, colon)),
                    Integer.parseInt(nameOrPath.substring(colon + 1)));
        }
        if (p != null && Files.isRegularFile(p)) {
            throw new DataException(nameOrPath + " is a single file; give the folder that holds its image and"
                    + " label files.");
        }
        throw new DataException("No data source called '" + nameOrPath + "'. Use one of "
                + String.join(", ", named().stream().map(DataSource::id).toList())
                + ", or the path of a folder holding IDX files.");
    }

    private static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Finds and loads {@code nameOrPath}. */
    public static DataSplit open(String nameOrPath) throws DataException {
        return find(nameOrPath).load();
    }
}
