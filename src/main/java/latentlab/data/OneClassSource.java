package latentlab.data;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Another source with its training split cut down to one class, its validation split whole: what
 * an autoencoder for anomaly detection learns from ("normal" is that class), then to be scored
 * on every class. Named {@code SOURCE:CLASS} by its class index, e.g. {@code mnist:1}, so that
 * checkpoints trained on it open it again by that name.
 */
final class OneClassSource implements DataSource {
    static final char SEPARATOR = ':';

    private final DataSource base;
    private final int normalClass;

    OneClassSource(DataSource base, int normalClass) {
        this.base = base;
        this.normalClass = normalClass;
    }

    @Override
    public String id() {
        return base.id() + SEPARATOR + normalClass;
    }

    @Override
    public String displayName() {
        List<String> names = base.classNames();
        String name = normalClass < names.size() ? "'" + names.get(normalClass) + "'" : Integer.toString(normalClass);
        return base.displayName() + ", training on class " + name + " only";
    }

    @Override
    public List<String> classNames() {
        return base.classNames();
    }

    @Override
    public Availability availability() {
        return base.availability();
    }

    @Override
    public DataSplit load() throws DataException {
        DataSplit all = base.load();
        Dataset train = all.train();
        if (normalClass >= train.numClasses()) {
            throw new DataException(base.id() + " has classes 0 to " + (train.numClasses() - 1) + "; there is no class "
                    + normalClass);
        }
        int[] kept = IntStream.range(0, train.size()).filter(i -> train.label(i) == normalClass).toArray();
        if (kept.length == 0) {
            throw new DataException(base.id() + " has no training images of class '"
                    + train.classNames().get(normalClass) + "'");
        }
        return new DataSplit(id(), train.subset(id() + "/train", kept), all.validation());
    }
}
