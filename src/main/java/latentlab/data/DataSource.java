package latentlab.data;

import java.util.List;

/** A place digits come from: the bundled MNIST, an installed data set, or a folder of IDX files. */
public interface DataSource {

    /** Short name used on the command line and in checkpoints, e.g. {@code mnist}. */
    String id();

    /** Name for people, e.g. "MNIST (bundled, 10,000 digits)". */
    String displayName();

    /** Display names of the classes, indexed by label. */
    List<String> classNames();

    /** Whether it can be loaded now; checking is cheap (no file is parsed). */
    Availability availability();

    /** Loads and validates the training and validation sets. */
    DataSplit load() throws DataException;
}
