package latentlab.export;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import latentlab.latent.apps.AnomalyReport;
import latentlab.latent.apps.Explanation;
import latentlab.latent.apps.SemiSupervisedTable;

/** The applications' results as JSON, each with the explanations of its figures. */
public final class AppsJson {
    private AppsJson() {
    }

    /** Indented JSON text of {@code e}, ending in a line break. */
    public static String text(JsonElement e) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(e) + "\n";
    }

    /** {@code [{name, formula, meaning}, ...]}. */
    public static JsonArray explanations(List<Explanation> explanations) {
        JsonArray a = new JsonArray();
        for (Explanation e : explanations) {
            JsonObject x = new JsonObject();
            x.addProperty("name", e.name());
            x.addProperty("formula", e.formula());
            x.addProperty("meaning", e.meaning());
            a.add(x);
        }
        return a;
    }

    /**
     * The anomaly report; {@code labels} are the scored samples' class names, for the worst ones.
     */
    public static JsonObject anomaly(AnomalyReport r, List<String> labels) {
        JsonObject o = new JsonObject();
        o.addProperty("metric", r.metric().explanation().name());
        o.addProperty("normalClass", r.normalClass());
        o.addProperty("meanError", r.meanError());
        o.addProperty("rocAuc", r.roc().auc());
        o.addProperty("normalSamples", r.roc().negatives());
        o.addProperty("anomalousSamples", r.roc().positives());
        JsonObject roc = new JsonObject();
        roc.add("falsePositiveRate", numbers(r.roc().falsePositiveRate()));
        roc.add("truePositiveRate", numbers(r.roc().truePositiveRate()));
        o.add("roc", roc);
        JsonObject h = new JsonObject();
        h.addProperty("rule", r.histogram().rule());
        h.add("edges", numbers(r.histogram().edges()));
        JsonArray counts = new JsonArray();
        for (int c : r.histogram().counts()) {
            counts.add(c);
        }
        h.add("counts", counts);
        o.add("histogram", h);
        JsonArray worst = new JsonArray();
        for (int k = 0; k < r.worst().length; k++) {
            JsonObject w = new JsonObject();
            w.addProperty("index", r.worst()[k]);
            w.addProperty("label", labels.get(r.worst()[k]));
            w.addProperty("error", r.worstErrors()[k]);
            worst.add(w);
        }
        o.add("worst", worst);
        o.add("explanations", explanations(r.explanations()));
        return o;
    }

    /** The semi-supervised table, one object per classifier. */
    public static JsonObject semiSupervised(SemiSupervisedTable t) {
        JsonObject o = new JsonObject();
        o.addProperty("codeSize", t.latentDim());
        o.addProperty("seed", t.seed());
        o.addProperty("validationImages", t.validationSize());
        JsonArray rows = new JsonArray();
        for (SemiSupervisedTable.Row r : t.rows()) {
            JsonObject x = new JsonObject();
            x.addProperty("labelled", r.labelled());
            x.addProperty("features", r.features().label());
            x.addProperty("featureCount", r.featureCount());
            x.addProperty("accuracy", r.accuracy());
            x.addProperty("iterations", r.iterations());
            x.addProperty("converged", r.converged());
            rows.add(x);
        }
        o.add("rows", rows);
        o.add("explanations", explanations(t.explanations()));
        return o;
    }

    private static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(Double.isFinite(v) ? v : null);
        }
        return a;
    }
}
