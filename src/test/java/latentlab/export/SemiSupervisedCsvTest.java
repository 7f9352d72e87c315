package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import latentlab.latent.apps.SemiSupervisedTable;
import latentlab.latent.apps.SemiSupervisedTable.Features;
import org.junit.jupiter.api.Test;

class SemiSupervisedCsvTest {

    @Test
    void oneLinePerClassifierWithTheSeedAndValidationSize() {
        SemiSupervisedTable t = new SemiSupervisedTable(2, 7, 1000, List.of(
                new SemiSupervisedTable.Row(10, Features.CODES, 2, 0.457, 12, true),
                new SemiSupervisedTable.Row(10, Features.PIXELS, 784, 0.375, 500, false),
                new SemiSupervisedTable.Row(10, Features.PCA, 2, 0.317, 9, true)));
        assertEquals("labelled,features,feature_count,accuracy,iterations,converged,seed,validation_images\r\n"
                + "10,model codes,2,0.457,12,true,7,1000\r\n"
                + "10,raw pixels,784,0.375,500,false,7,1000\r\n"
                + "10,PCA codes,2,0.317,9,true,7,1000\r\n", SemiSupervisedCsv.toCsv(t));
    }

    @Test
    void aFieldWithACommaOrQuoteIsQuoted() {
        assertEquals("\"a, \"\"b\"\"\"", Csv.field("a, \"b\""));
        assertEquals("plain", Csv.field("plain"));
    }
}
