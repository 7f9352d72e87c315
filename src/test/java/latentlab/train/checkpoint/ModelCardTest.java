package latentlab.train.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import latentlab.model.ModelKind;
import latentlab.model.ModelSpec;
import latentlab.model.Settings;
import org.junit.jupiter.api.Test;

class ModelCardTest {
    private static final ModelSpec BETA_VAE = ModelSpec.defaults(ModelKind.VAE, 2).with(Settings.BETA, 4.0)
            .with(Settings.HIDDEN, List.of(256));

    private static CheckpointInfo info(ModelSpec spec, double... rates) {
        List<EpochMetrics> history = new java.util.ArrayList<>();
        for (int e = 1; e <= rates.length; e++) {
            history.add(new EpochMetrics(e, Map.of("total", 150.0 / e), Map.of("total", 160.0 / e), rates[e - 1]));
        }
        return new CheckpointInfo(spec, "mnist", 3, rates.length, 128, rates[rates.length - 1], history);
    }

    @Test
    void listsEverySettingWithItsUnitAndWhereItCameFrom() {
        String card = ModelCard.of(Path.of("runs", "vae2"), info(BETA_VAE, 1e-3, 1e-3));
        assertTrue(card.startsWith("# Variational autoencoder, latent 2\n"), card);
        assertTrue(card.contains("| Latent size | 2 dimensions |  |\n"), card);
        assertTrue(card.contains("| Hidden layers | 256 |  |\n"), card);
        assertTrue(card.contains("| Beta | 4 |  |\n"), card);
        assertTrue(card.contains("| KL warm-up | 0 epochs |  |\n"), card);
        assertTrue(card.contains("| Image side | 28 pixels | from the data |\n"), card);
        assertTrue(card.contains("| Output | sigmoid | preset |\n"), card);
        assertFalse(card.contains("Sparsity"), "only the settings of the kind: " + card);
        assertTrue(card.contains("| total | 75.00 | 80.00 |"), card);
    }

    @Test
    void theCommandNamesWhatDiffersFromThePresetAndReproducesTheRun() {
        assertEquals("latentlab train --model vae --latent 2 --hidden 256 --beta 4 --dataset mnist --epochs 2"
                + " --batch 128 --lr 0.001 --seed 3 --out " + Path.of("runs", "vae2"),
                ModelCard.command(Path.of("runs", "vae2"), info(BETA_VAE, 1e-3, 1e-3)));
        String card = ModelCard.of(Path.of("x"), info(BETA_VAE, 1e-3, 1e-3, 5e-4));
        assertTrue(card.contains("learning rate 0.001, then 0.0005 from epoch 3, seed 3"), card);
    }
}
