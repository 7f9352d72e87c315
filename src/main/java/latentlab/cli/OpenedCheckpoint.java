package latentlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.model.ModelSpec;
import latentlab.train.CheckpointFit;
import latentlab.train.ModelFactory;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;

/**
 * A checkpoint opened for a command that runs its model, with the data to run it on: the data
 * it was trained on unless {@code --dataset} names others, whose images must be the model's size.
 */
record OpenedCheckpoint(Checkpoint checkpoint, DataSplit data) {

    static OpenedCheckpoint open(ModelFactory factory, Path dir, String dataset)
            throws BadInputException, DataException, IOException {
        Checkpoint c = Checkpoints.load(dir);
        CheckpointFit.check(factory, c, dir);
        ModelSpec model = c.info().spec();
        DataSplit data = DataSources.open(dataset == null ? c.info().datasetId() : dataset);
        if (data.train().pixelsPerImage() != model.inputSize()) {
            throw new BadInputException("checkpoint " + dir + " takes " + model.imageSide() + "x" + model.imageSide()
                    + " images but " + data.sourceId() + " has " + data.train().rows() + "x" + data.train().cols());
        }
        return new OpenedCheckpoint(c, data);
    }

    ModelSpec spec() {
        return checkpoint.info().spec();
    }
}
