package latentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import latentlab.data.DataException;
import latentlab.data.DataSources;
import latentlab.data.DataSplit;
import latentlab.data.Dataset;
import latentlab.model.ModelSpec;
import latentlab.train.ModelFactory;
import latentlab.latent.DatasetEncoder;
import latentlab.train.CheckpointFit;
import latentlab.train.SnapshotCodec;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab encode}: the codes of a data set under a checkpoint, as CSV with labels or in
 * the TensorBoard Embedding Projector's format ({@code vectors.tsv} + {@code metadata.tsv}).
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Write the codes of a data set under a trained model.")
final class EncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", required = true, paramLabel = "DIR", description = "a checkpoint directory")
    Path checkpoint;

    @Option(names = "--dataset", paramLabel = "NAME", description = "data source or IDX folder (default: the one"
            + " the model was trained on)")
    String dataset;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "train, validation or all (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "FILE.csv for CSV with labels; a directory or FILE.tsv for the Embedding Projector")
    Path out;

    ModelFactory factory = ModelFactory.standard();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return encode();
        } catch (BadInputException | DataException | IOException e) {
            err.println("latentlab: " + e.getMessage());
            err.flush();
            return LatentLabCommand.EXIT_BAD_INPUT;
        }
    }

    private int encode() throws BadInputException, DataException, IOException {
        OutputPaths.requireWritableFolder(out, "--out");
        Checkpoint c = Checkpoints.load(checkpoint);
        CheckpointFit.check(factory, c, checkpoint);
        ModelSpec model = c.info().spec();
        DataSplit data = DataSources.open(dataset == null ? c.info().datasetId() : dataset);
        Dataset[] sets = switch (split.toLowerCase(Locale.ROOT)) {
            case "train" -> new Dataset[] {data.train()};
            case "validation" -> new Dataset[] {data.validation()};
            case "all" -> new Dataset[] {data.train(), data.validation()};
            default -> throw new BadInputException("--split must be train, validation or all, got " + split);
        };
        if (data.train().pixelsPerImage() != model.inputSize()) {
            throw new BadInputException("checkpoint " + checkpoint + " takes " + model.imageSide() + "x"
                    + model.imageSide() + " images but " + data.sourceId() + " has " + data.train().rows() + "x"
                    + data.train().cols());
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        int written;
        try (SnapshotCodec codec = new SnapshotCodec(factory, model, c.parameters())) {
            if (name.endsWith(".csv")) {
                written = writeCsv(codec, sets);
            } else if (name.endsWith(".tsv") || Files.isDirectory(out) || !name.contains(".")) {
                written = writeProjector(codec, sets);
            } else {
                throw new BadInputException("--out must end in .csv or .tsv, or be a directory: " + out);
            }
        }
        spec.commandLine().getOut().printf("Wrote %,d codes of %d dimensions to %s%n", written, model.latentDim(),
                out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int writeCsv(SnapshotCodec codec, Dataset[] sets) throws IOException {
        createParent(out);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("split,index,label");
            for (int j = 1; j <= codec.latentDim(); j++) {
                w.write(",z" + j);
            }
            w.write("\n");
            return DatasetEncoder.forEachCode(codec, List.of(sets), (set, i, code) -> {
                w.write(splitName(set) + "," + i + "," + csvField(set.classNames().get(set.label(i))));
                for (float v : code) {
                    w.write(",");
                    w.write(Float.toString(v));
                }
                w.write("\n");
            });
        }
    }

    private int writeProjector(SnapshotCodec codec, Dataset[] sets) throws IOException {
        Path vectors;
        Path metadata;
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            vectors = out;
            String stem = out.getFileName().toString();
            stem = stem.substring(0, stem.length() - 4);
            metadata = out.resolveSibling(stem.equals("vectors") ? "metadata.tsv" : stem + "-metadata.tsv");
            createParent(out);
        } else {
            Files.createDirectories(out);
            vectors = out.resolve("vectors.tsv");
            metadata = out.resolve("metadata.tsv");
        }
        try (BufferedWriter v = Files.newBufferedWriter(vectors, StandardCharsets.UTF_8);
                BufferedWriter m = Files.newBufferedWriter(metadata, StandardCharsets.UTF_8)) {
            // With more than one column the projector expects a header row.
            m.write("label\tsplit\tindex\n");
            return DatasetEncoder.forEachCode(codec, List.of(sets), (set, i, code) -> {
                for (int j = 0; j < code.length; j++) {
                    if (j > 0) {
                        v.write("\t");
                    }
                    v.write(Float.toString(code[j]));
                }
                v.write("\n");
                m.write(set.classNames().get(set.label(i)).replace('\t', ' ') + "\t" + splitName(set) + "\t" + i
                        + "\n");
            });
        }
    }

    private static String splitName(Dataset set) {
        String id = set.id();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
