package latentlab.train.checkpoint;

import com.google.gson.JsonArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.data.Corruption;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Setting;
import latentlab.model.Settings;

/**
 * The {@code spec} object of format 1, read only: every kind wrote the same fourteen fields,
 * whether it used them or not. The fields a kind uses become its settings; the rest are dropped,
 * as the models never read them; settings added since format 1 take the kind's default.
 */
final class SpecJsonV1 {
    private SpecJsonV1() {
    }

    static ModelSpec read(Path dir, Fields s) throws CheckpointException {
        ModelKind kind = s.choice("kind", ModelKind::fromCliName);
        List<Integer> hidden = new ArrayList<>();
        JsonArray h = s.array("hidden");
        for (int i = 0; i < h.size(); i++) {
            hidden.add(s.wholeNumber(h.get(i), "hidden[" + i + "]", 1, 8192));
        }
        Fields c = s.object("corruption");
        Map<Setting<?>, Object> v1 = new LinkedHashMap<>();
        v1.put(Settings.LATENT, s.wholeNumber("latentDim", 1, 1024));
        v1.put(Settings.HIDDEN, hidden);
        v1.put(Settings.CHANNELS, hidden);
        v1.put(Settings.IMAGE_SIDE, s.wholeNumber("imageSide", 4, 256));
        v1.put(Settings.CLASSES, s.wholeNumber("numClasses", 1, 1000));
        v1.put(Settings.OUTPUT, s.choice("output", ModelSpec.OutputActivation::valueOf));
        v1.put(Settings.RECONSTRUCTION, s.choice("reconstruction", ModelSpec.ReconstructionLoss::valueOf));
        v1.put(Settings.BETA, s.number("beta", 0, 1e6));
        v1.put(Settings.KL_WARMUP, s.wholeNumber("klWarmupEpochs", 0, 1_000_000));
        v1.put(Settings.SPARSITY, s.number("sparsityWeight", 0, 1e6));
        v1.put(Settings.CONTRACTION, s.number("contractionWeight", 0, 1e6));
        v1.put(Settings.WEIGHT_DECAY, s.number("weightDecay", 0, 1e6));
        v1.put(Settings.TIED_WEIGHTS, s.bool("tiedWeights"));
        v1.put(Settings.NOISE, c.choice("type", Corruption.Type::valueOf));
        v1.put(Settings.NOISE_LEVEL, c.number("level", 0, 1));
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        v1.forEach((setting, value) -> {
            if (kind.settings().containsKey(setting)) {
                values.put(setting, value);
            }
        });
        return ModelJson.build(dir, () -> new ModelSpec(kind, values));
    }
}
