package latentlab.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** Running means of loss terms, weighted by batch size. */
final class LossMeans {
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private double weight;

    void add(Map<String, Double> terms, double w) {
        terms.forEach((k, v) -> sums.computeIfAbsent(k, x -> new double[1])[0] += v * w);
        weight += w;
    }

    boolean isEmpty() {
        return weight == 0;
    }

    Map<String, Double> means() {
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / weight));
        return out;
    }

    void reset() {
        sums.clear();
        weight = 0;
    }
}
