package latentlab.ui.semisupervised;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled counts as the user types them: whole numbers separated by commas or spaces, such
 * as "10, 100, 1000". Each becomes one group of bars, so a few are allowed, each at most the
 * number of training images the labels are drawn from.
 */
final class LabelledCounts {
    /** Groups of bars the chart shows legibly. */
    static final int MOST = 6;
    static final String EXAMPLE = "10, 100, 1000";

    private LabelledCounts() {
    }

    /**
     * The counts of {@code text}, ascending.
     *
     * @param trainingImages images the labels are drawn from, or 0 while no data set is open
     * @throws IllegalArgumentException whose message names the entry that is wrong and why
     */
    static List<Integer> parse(String text, int trainingImages) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Type at least one labelled count, e.g. " + EXAMPLE);
        }
        List<Integer> counts = new ArrayList<>();
        for (String entry : trimmed.split("[,\\s]+")) {
            int count;
            try {
                count = Integer.parseInt(entry);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + entry + "' is not a whole number of labelled images (e.g. "
                        + EXAMPLE + ")");
            }
            if (count < 1) {
                throw new IllegalArgumentException("A labelled count must be at least 1; " + count + " is not");
            }
            if (trainingImages > 0 && count > trainingImages) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%,d labelled images are more than the %,d training images", count, trainingImages));
            }
            if (counts.contains(count)) {
                throw new IllegalArgumentException(count + " is given twice");
            }
            counts.add(count);
        }
        if (counts.size() > MOST) {
            throw new IllegalArgumentException("At most " + MOST + " counts, so that the chart stays readable; "
                    + counts.size() + " were given");
        }
        counts.sort(null);
        return List.copyOf(counts);
    }
}
