package latentlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import latentlab.latent.metrics.Progress;

/**
 * The scoreboard's progress as one line on stderr: redrawn in place on a terminal, otherwise a
 * line each time the stage changes (a log stays short).
 */
final class StageProgress implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final String model;
    private String lastStage = "";

    StageProgress(PrintWriter err, boolean terminal, String model) {
        this.err = err;
        this.terminal = terminal;
        this.model = model;
    }

    @Override
    public void report(double fraction, String message) {
        String text = String.format(Locale.ROOT, "%s: %3.0f%% %s", model, 100 * fraction, message);
        if (terminal) {
            err.print("\r" + text + "\033[K");
            if (fraction >= 1) {
                err.println();
            }
        } else {
            int colon = message.indexOf(':');
            String stage = colon < 0 ? message : message.substring(0, colon);
            if (!stage.equals(lastStage)) {
                lastStage = stage;
                err.println(text);
            }
        }
        err.flush();
    }
}
