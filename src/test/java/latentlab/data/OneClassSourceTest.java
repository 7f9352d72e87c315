package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OneClassSourceTest {
    @Test
    void theTrainingSplitKeepsOneClassAndValidationKeepsAll() throws Exception {
        DataSplit all = DataSources.open("mnist");
        DataSource ones = DataSources.find("mnist:1");
        assertEquals("mnist:1", ones.id());
        assertEquals("MNIST (bundled, 10,000 digits), training on class '1' only", ones.displayName());
        DataSplit split = ones.load();
        assertEquals("mnist:1", split.sourceId());
        assertEquals(all.train().classCounts()[1], split.train().size());
        assertEquals(1, Arrays.stream(split.train().labels()).distinct().count());
        assertEquals(1, split.train().label(0));
        assertEquals(all.validation().size(), split.validation().size());
        assertEquals(10, Arrays.stream(split.validation().classCounts()).filter(c -> c > 0).count());
    }

    @Test
    void aClassTheSourceDoesNotHaveIsNamed() {
        DataException e = assertThrows(DataException.class, () -> DataSources.open("mnist:10"));
        assertEquals("mnist has classes 0 to 9; there is no class 10", e.getMessage());
        e = assertThrows(DataException.class, () -> DataSources.open("nowhere:1"));
        assertEquals("No data source called 'nowhere'. Use one of mnist, fashion-mnist, or the path of a folder"
                + " holding IDX files.", e.getMessage());
    }
}
