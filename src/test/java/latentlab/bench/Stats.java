package latentlab.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median, 99th percentile and maximum of a benchmark's samples, in milliseconds. */
record Stats(int n, double p50, double p99, double max) {

    static Stats of(double[] samples) {
        if (samples.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Stats(s.length, percentile(s, 0.50), percentile(s, 0.99), s[s.length - 1]);
    }

    /** The nearest-rank percentile of sorted samples: the smallest sample with at least {@code q} of them at or below it. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The figures as one line of a results file: {@code key TAB n TAB p50 TAB p99 TAB max}. */
    String line(String key) {
        return String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f", key, n, p50, p99, max);
    }

    static Stats parse(String[] fields) {
        return new Stats(Integer.parseInt(fields[1]), Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
                Double.parseDouble(fields[4]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%5d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms", n, p50, p99, max);
    }
}
