package latentlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import latentlab.train.checkpoint.EpochMetrics;
import latentlab.model.LossTerms;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingListener;

/**
 * Shows a run on a console: on a terminal one progress bar redrawn in place with {@code \r};
 * otherwise (a file, a pipe) a plain progress line at most every few seconds. Each finished epoch
 * gets a line with every training and validation loss term.
 */
final class ProgressPrinter implements TrainingListener {
    private static final int BAR = 24;
    private static final long PLAIN_INTERVAL_MS = 5000;

    private final PrintWriter out;
    private final boolean terminal;
    private final int epochs;
    private boolean barShown;
    private long lastPlain;
    /** With several models in the run, each epoch line names its model. */
    private boolean nameModels;

    ProgressPrinter(PrintWriter out, boolean terminal, int epochs) {
        this.out = out;
        this.terminal = terminal;
        this.epochs = epochs;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            nameModels = s.sessionIds().size() > 1;
            line(String.format(Locale.ROOT, "Training %s on %s: epochs %d to %d, %d batches of %d per epoch",
                    String.join(", ", s.sessionIds()), s.device(), s.firstEpoch(), s.epochs(), s.batchesPerEpoch(),
                    s.batchSize()));
        } else if (event instanceof TrainingEvent.BatchLosses b) {
            progress(b);
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            line((nameModels ? e.sessionId() + " " : "") + epochLine(e.metrics(), epochs));
        } else if (event instanceof TrainingEvent.LearningRateChanged c) {
            line("learning rate " + c.learningRate() + " from epoch " + c.epoch());
        } else if (event.endsRun() && barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
        out.flush();
    }

    private void progress(TrainingEvent.BatchLosses b) {
        Map<String, Double> losses = b.losses().values().stream().findFirst().orElse(Map.of());
        String text = String.format(Locale.ROOT, "epoch %d/%d %s %3.0f%%  %s  %,.0f img/s  ETA %s",
                b.epoch(), epochs, bar((double) b.batch() / b.batchesPerEpoch()), 100.0 * b.progress(),
                terms(losses), b.samplesPerSecond(), duration(b.etaSeconds()));
        if (terminal) {
            out.print("\r" + text + "\033[K");
            barShown = true;
        } else {
            long now = System.currentTimeMillis();
            if (now - lastPlain >= PLAIN_INTERVAL_MS) {
                lastPlain = now;
                out.println(text);
            }
        }
    }

    private void line(String text) {
        if (barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
        out.println(text);
    }

    static String epochLine(EpochMetrics m, int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d  train: %s  validation: %s", m.epoch(), epochs,
                terms(m.train()), terms(m.validation()));
    }

    static String terms(Map<String, Double> terms) {
        return terms.entrySet().stream()
                // A penalty that is switched off is 0 on every line: noise, not news.
                .filter(e -> !(e.getKey().equals(LossTerms.WEIGHT_DECAY) && e.getValue() == 0))
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String bar(double fraction) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR);
        return "[" + "#".repeat(full) + "-".repeat(BAR - full) + "]";
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
