package latentlab.ui.training;

import java.util.List;
import java.util.Map;

/**
 * How a loss curve is drawn, decided by its name alone so that it looks the same in every run
 * and whatever the order the curves arrive in: the term ("total", "kl", ...) gives the colour,
 * the split ("batches", "train", "val") the line. Totals are drawn wider and beneath the other
 * terms, so a term equal to the total (an autoencoder's reconstruction) leaves it visible.
 *
 * @param colour CSS colour of the line
 * @param width line width in pixels
 * @param dashes CSS dash array, empty for a solid line
 * @param opacity 0 to 1
 * @param layer drawing order, lower first (beneath)
 */
public record LossLineStyle(String colour, double width, List<Double> dashes, double opacity, int layer) {

    /** Okabe-Ito colours, readable on light and dark backgrounds; one per term the models report. */
    private static final Map<String, String> TERM_COLOURS = Map.of(
            "total", "#D55E00",
            "reconstruction", "#009E73",
            "kl", "#56B4E9",
            "sparsity", "#CC79A7",
            "contraction", "#E69F00",
            "weight_decay", "#0072B2");
    private static final List<String> OTHER_COLOURS = List.of("#999999", "#882255", "#F0E442");

    /** The style of the curve named "term (split)"; a name without a split counts as training. */
    public static LossLineStyle of(String seriesName) {
        int open = seriesName.lastIndexOf(" (");
        String term = open < 0 ? seriesName : seriesName.substring(0, open);
        String split = open < 0 ? "train" : seriesName.substring(open + 2, seriesName.length() - 1);
        String colour = TERM_COLOURS.getOrDefault(term,
                OTHER_COLOURS.get(Math.floorMod(term.hashCode(), OTHER_COLOURS.size())));
        boolean total = term.equals("total");
        return switch (split) {
            case "batches" -> new LossLineStyle(colour, 1, List.of(), 0.45, 0);
            case "val" -> new LossLineStyle(colour, total ? 3.5 : 2, List.of(7.0, 5.0), 1, total ? 1 : 2);
            default -> new LossLineStyle(colour, total ? 3.5 : 2, List.of(), 1, total ? 1 : 2);
        };
    }

    /** The style as inline CSS for a chart line or a legend sample. */
    public String css() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                "-fx-stroke: %s; -fx-stroke-width: %.1fpx; -fx-opacity: %.2f;", colour, width, opacity));
        if (!dashes.isEmpty()) {
            sb.append(" -fx-stroke-dash-array:");
            dashes.forEach(d -> sb.append(String.format(java.util.Locale.ROOT, " %.0f", d)));
            sb.append(';');
        }
        return sb.toString();
    }
}
