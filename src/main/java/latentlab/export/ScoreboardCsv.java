package latentlab.export;

import java.util.List;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.ScoreboardResult;

/**
 * The scoreboard as CSV (RFC 4180): one row per metric, one column per model, then which way is
 * better, the formula and the meaning. A figure that does not apply reads "n/a".
 */
public final class ScoreboardCsv {
    private ScoreboardCsv() {
    }

    /** The table of {@code results}, which must list the same metrics in the same order. */
    public static String toCsv(List<ScoreboardResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no scoreboard to write");
        }
        StringBuilder s = new StringBuilder("metric,name");
        for (ScoreboardResult r : results) {
            s.append(',').append(Csv.field(r.model()));
        }
        s.append(",better,formula,meaning").append(Csv.EOL);
        List<Score> first = results.get(0).scores();
        for (int i = 0; i < first.size(); i++) {
            Score row = first.get(i);
            s.append(Csv.field(row.metric().id())).append(',').append(Csv.field(row.metric().name()));
            for (ScoreboardResult r : results) {
                Score score = r.scores().get(i);
                if (!score.metric().id().equals(row.metric().id())) {
                    throw new IllegalArgumentException("the scoreboards list their metrics in different orders");
                }
                s.append(',').append(score.applicable() ? Double.toString(score.value()) : "n/a");
            }
            s.append(',').append(row.metric().higherIsBetter() ? "higher" : "lower");
            s.append(',').append(Csv.field(row.metric().formula()));
            s.append(',').append(Csv.field(row.metric().meaning()));
            s.append(Csv.EOL);
        }
        return s.toString();
    }
}
