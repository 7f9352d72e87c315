package latentlab.ui.training;

import java.util.Locale;

/** How the training controls put numbers and messages into words. */
final class RunTexts {
    private RunTexts() {
    }

    /** A message of the service line as a sentence of the window: capital first, full stop last. */
    static String sentence(String m) {
        String s = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** The message of {@code e}, or its type when it has none: an error is never shown blank. */
    static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** "0:42" or "1:02:03". */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "1 epoch", "3 epochs". */
    static String epochs(int n) {
        return n + (n == 1 ? " epoch" : " epochs");
    }

    /** What is left after the loss diverged, given the last epoch with a checkpoint (0: none). */
    static String diverged(int kept) {
        return kept == 0 ? "Training stopped: the loss diverged before the first epoch ended; nothing was saved"
                : "Training stopped: the loss diverged; the checkpoint of epoch " + kept + " is kept";
    }

    /** What is left after Stop in {@code epoch}, given the last epoch with a checkpoint (0: none). */
    static String cancelled(int epoch, int kept) {
        return "Training stopped in epoch " + epoch + "; " + (kept == 0 ? "no epoch finished, so nothing was saved"
                : "the checkpoint of epoch " + kept + " is kept");
    }
}
