package latentlab.train.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;
import latentlab.model.Settings;

/**
 * A checkpoint described for people, in Markdown: what the model is, every setting with its
 * value (from the declarations in {@code model.Settings}), the data and the command that trains
 * it again, and its last losses.
 */
public final class ModelCard {
    private ModelCard() {
    }

    /** The card of the checkpoint in {@code dir}. */
    public static String of(Path dir, CheckpointInfo info) {
        ModelSpec spec = info.spec();
        List<String> lines = new ArrayList<>();
        lines.add("# " + spec.kind().displayName() + ", latent " + spec.latentDim());
        lines.add("");
        lines.add("| setting | value | note |");
        lines.add("|---|---|---|");
        spec.values().forEach((s, v) -> lines.add("| " + s.name() + " | " + value(s, v) + " | " + origin(s) + " |"));
        lines.add("");
        lines.add("Trained on " + info.datasetId() + " for " + info.epoch() + (info.epoch() == 1 ? " epoch" : " epochs")
                + ": batch " + info.batchSize() + ", learning rate " + learningRates(info) + ", seed " + info.seed()
                + ". To train it again:");
        lines.add("");
        lines.add("    " + command(dir, info));
        if (!info.history().isEmpty()) {
            EpochMetrics last = info.history().get(info.history().size() - 1);
            lines.add("");
            lines.add("| loss after epoch " + last.epoch() + " | training | validation |");
            lines.add("|---|---|---|");
            last.train().forEach((term, v) -> lines.add("| " + term + " | " + loss(v) + " | "
                    + loss(last.validation().getOrDefault(term, Double.NaN)) + " |"));
        }
        return String.join("\n", lines) + "\n";
    }

    /** The command line that trains this model again, naming every setting that differs from the kind's preset. */
    static String command(Path dir, CheckpointInfo info) {
        ModelSpec spec = info.spec();
        Map<Setting<?>, Object> preset = spec.kind().settings();
        StringBuilder b = new StringBuilder("latentlab train --model " + spec.kind().cliName());
        spec.values().forEach((s, v) -> {
            boolean asked = s.source() == Setting.Source.USER && (!v.equals(preset.get(s)) || s == Settings.LATENT);
            if (asked) {
                String text = s.format(v);
                b.append(" --").append(s.option()).append(' ').append(text.isEmpty() ? "\"\"" : text);
            }
        });
        b.append(" --dataset ").append(info.datasetId()).append(" --epochs ").append(info.epoch())
                .append(" --batch ").append(info.batchSize())
                .append(" --lr ").append(Setting.number(info.history().isEmpty() ? info.learningRate()
                        : info.history().get(0).learningRate()))
                .append(" --seed ").append(info.seed()).append(" --out ").append(dir);
        return b.toString();
    }

    private static String value(Setting<?> s, Object v) {
        return s.format(v) + (s.unit().isEmpty() ? "" : " " + s.unit());
    }

    private static String origin(Setting<?> s) {
        return switch (s.source()) {
            case USER -> "";
            case DATA -> "from the data";
            case PRESET -> "preset";
        };
    }

    /** "0.001", or "0.001, then 0.0005 from epoch 4" when it was changed during the run. */
    private static String learningRates(CheckpointInfo info) {
        if (info.history().isEmpty()) {
            return Setting.number(info.learningRate());
        }
        StringBuilder b = new StringBuilder(Setting.number(info.history().get(0).learningRate()));
        for (int i = 1; i < info.history().size(); i++) {
            EpochMetrics m = info.history().get(i);
            if (m.learningRate() != info.history().get(i - 1).learningRate()) {
                b.append(", then ").append(Setting.number(m.learningRate())).append(" from epoch ").append(m.epoch());
            }
        }
        return b.toString();
    }

    private static String loss(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
    }
}
