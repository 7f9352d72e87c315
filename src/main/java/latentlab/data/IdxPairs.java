package latentlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Joins an image file and its label file into a {@link Dataset}, checking that they agree. */
final class IdxPairs {
    /** Most classes a folder of unknown origin may use (EMNIST ByClass has 62). */
    static final int MAX_CLASSES = 62;

    private IdxPairs() {
    }

    /**
     * Loads a pair. With {@code classNames} null, the classes are numbered 0..max label found.
     */
    static Dataset load(String id, Path images, Path labels, List<String> classNames) throws DataException {
        int limit = classNames == null ? MAX_CLASSES : classNames.size();
        IdxFile lab = IdxReader.readLabels(labels, limit);
        IdxFile img = IdxReader.readImages(images);
        if (img.count() != lab.count()) {
            throw new DataException(img.fileName() + " holds " + img.count() + " images but "
                    + lab.fileName() + " holds " + lab.count() + " labels; they must match.");
        }
        int[] ls = lab.asInts();
        List<String> names = classNames;
        if (names == null) {
            int max = 0;
            for (int l : ls) {
                max = Math.max(max, l);
            }
            names = new ArrayList<>();
            for (int c = 0; c <= max; c++) {
                names.add(Integer.toString(c));
            }
        }
        return new Dataset(id, img.pixelsAsFloats(), ls, img.rows(), img.cols(), names);
    }
}
