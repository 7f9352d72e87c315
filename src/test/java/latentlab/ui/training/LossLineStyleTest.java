package latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossLineStyleTest {

    @Test
    void aTermHasOneColourAndASplitOneLineWhateverTheModel() {
        assertEquals(LossLineStyle.of("total (train)").colour(), LossLineStyle.of("total (val)").colour());
        assertEquals(LossLineStyle.of("kl (train)").dashes(), LossLineStyle.of("reconstruction (train)").dashes());
        assertEquals(LossLineStyle.of("kl (val)").dashes(), LossLineStyle.of("reconstruction (val)").dashes());
        assertNotEquals(LossLineStyle.of("kl (train)").dashes(), LossLineStyle.of("kl (val)").dashes(), "val is dashed");
        assertNotEquals(LossLineStyle.of("total (train)").colour(), LossLineStyle.of("reconstruction (train)").colour());
        assertNotEquals(LossLineStyle.of("kl (train)").colour(), LossLineStyle.of("reconstruction (train)").colour());
    }

    @Test
    void batchesAreThinAndFaintBesideTheEpochTotal() {
        LossLineStyle batches = LossLineStyle.of(LossChartViewModel.BATCH_SERIES);
        LossLineStyle train = LossLineStyle.of("total (train)");
        assertTrue(batches.width() < train.width() && batches.opacity() < train.opacity());
    }

    @Test
    void theTotalIsWiderAndBeneathTheTermsSoAnEqualTermLeavesItVisible() {
        LossLineStyle total = LossLineStyle.of("total (train)");
        LossLineStyle reconstruction = LossLineStyle.of("reconstruction (train)");
        assertTrue(total.width() > reconstruction.width() + 1);
        assertTrue(total.layer() < reconstruction.layer());
        assertTrue(LossLineStyle.of(LossChartViewModel.BATCH_SERIES).layer() < total.layer());
    }
}
