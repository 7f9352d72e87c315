package latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of IDX files named the usual way ({@code train-images-idx3-ubyte.gz},
 * {@code t10k-labels-idx1-ubyte}, ...): full MNIST, Fashion-MNIST, EMNIST, KMNIST and the like.
 *
 * <p>With a training and a test pair, the test pair is the validation set. With one pair only,
 * a fixed seeded tenth of it is held out.
 */
public final class IdxFolderSource implements DataSource {
    private static final Pattern FILE = Pattern.compile(
            "(.*?)[-_.]?(images|labels)[-_.]idx([13])[-_.]ubyte(\\.gz)?", Pattern.CASE_INSENSITIVE);

    private final String id;
    private final String displayName;
    private final Path folder;
    private final List<String> classNames;
    private final String installHint;

    /**
     * @param classNames names by label, or null to number the classes found
     * @param installHint what to tell the user when the folder is missing, or null
     */
    public IdxFolderSource(String id, String displayName, Path folder, List<String> classNames, String installHint) {
        this.id = id;
        this.displayName = displayName;
        this.folder = folder;
        this.classNames = classNames == null ? null : List.copyOf(classNames);
        this.installHint = installHint;
    }

    /** A folder the user pointed at; its id is its path. */
    public static IdxFolderSource of(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
        return new IdxFolderSource(abs.toString(), name + " (IDX folder)", abs, null, null);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<String> classNames() {
        return classNames == null ? List.of() : classNames;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Availability availability() {
        if (!Files.isDirectory(folder)) {
            return Availability.unavailable(folder + " is not installed"
                    + (installHint == null ? "." : "; install it with: " + installHint));
        }
        try {
            Pairs p = scan();
            return p.isEmpty()
                    ? Availability.unavailable(folder + " holds no IDX image and label files named like"
                            + " train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz.")
                    : Availability.usable(folder.toString());
        } catch (IOException e) {
            return Availability.unavailable(folder + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public DataSplit load() throws DataException {
        Availability a = availability();
        if (!a.usable()) {
            throw new DataException(displayName + " is unavailable: " + a.detail());
        }
        Pairs pairs;
        try {
            pairs = scan();
        } catch (IOException e) {
            throw new DataException(folder + " cannot be read: " + e.getMessage(), e);
        }
        String trainKey = pairs.find("train");
        String testKey = pairs.find("t10k", "test");
        if (trainKey != null && testKey != null && !trainKey.equals(testKey)) {
            Dataset train = pairs.load(id + "/train", trainKey, classNames);
            Dataset test = pairs.load(id + "/validation", testKey, train.classNames());
            if (test.rows() != train.rows() || test.cols() != train.cols()) {
                throw new DataException(folder + ": the " + trainKey + " images are " + train.rows() + "x"
                        + train.cols() + " but the " + testKey + " images are " + test.rows() + "x" + test.cols()
                        + "; both sets must have the same size.");
            }
            return new DataSplit(id, train, test);
        }
        String only = pairs.complete().keySet().iterator().next();
        return Splits.split(id, pairs.load(id + "/all", only, classNames), 0.1);
    }

    private Pairs scan() throws IOException {
        Pairs pairs = new Pairs();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = FILE.matcher(p.getFileName().toString());
                if (Files.isRegularFile(p) && m.matches()) {
                    boolean images = m.group(2).equalsIgnoreCase("images");
                    pairs.put(m.group(1).toLowerCase(), images, p);
                }
            }
        }
        return pairs;
    }

    /** Image and label files grouped by their prefix ("train", "t10k", ...). */
    private static final class Pairs {
        private final Map<String, Path[]> byPrefix = new TreeMap<>();

        void put(String prefix, boolean images, Path p) {
            Path[] pair = byPrefix.computeIfAbsent(prefix, k -> new Path[2]);
            Path existing = pair[images ? 0 : 1];
            // Prefer the uncompressed file when both exist; they hold the same data.
            if (existing == null || existing.toString().endsWith(".gz")) {
                pair[images ? 0 : 1] = p;
            }
        }

        Map<String, Path[]> complete() {
            Map<String, Path[]> out = new TreeMap<>();
            byPrefix.forEach((k, v) -> {
                if (v[0] != null && v[1] != null) {
                    out.put(k, v);
                }
            });
            return out;
        }

        boolean isEmpty() {
            return complete().isEmpty();
        }

        String find(String... keys) {
            for (String prefix : complete().keySet()) {
                for (String k : keys) {
                    if (prefix.contains(k)) {
                        return prefix;
                    }
                }
            }
            return null;
        }

        Dataset load(String id, String prefix, List<String> names) throws DataException {
            Path[] pair = complete().get(prefix);
            return IdxPairs.load(id, pair[0], pair[1], names);
        }
    }
}
