package latentlab.data;

import static latentlab.data.IdxFixtures.cyclicLabels;
import static latentlab.data.IdxFixtures.gzip;
import static latentlab.data.IdxFixtures.images;
import static latentlab.data.IdxFixtures.labels;
import static latentlab.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {
    @TempDir
    Path dir;

    @Test
    void bundledMnistIsTheDefaultAndAlwaysUsable() throws Exception {
        DataSource s = DataSources.defaultSource();
        assertEquals("mnist", s.id());
        assertTrue(s.availability().usable());
        DataSplit split = s.load();
        assertEquals(9_000, split.train().size());
        assertEquals(1_000, split.validation().size());
        assertEquals(10, split.train().numClasses());
        for (int c : split.train().classCounts()) {
            assertTrue(c > 700, "every digit is well represented");
        }
        double mean = split.train().pixelMean();
        assertTrue(mean > 0.10 && mean < 0.16, "MNIST's mean pixel is about 0.13, got " + mean);
    }

    @Test
    void theBundledSplitIsFixed() throws Exception {
        DataSplit a = new BundledMnist().load();
        DataSplit b = new BundledMnist().load();
        assertArrayEquals(a.validation().labels(), b.validation().labels());
        assertArrayEquals(a.validation().image(7), b.validation().image(7));
    }

    @Test
    void aMissingFashionMnistIsUnavailableWithTheInstallCommand() {
        DataSource s = DataSources.fashionMnist(dir.resolve("absent"));
        Availability a = s.availability();
        assertFalse(a.usable());
        assertTrue(a.detail().contains("apt-get install dataset-fashion-mnist"), a.detail());
        DataException e = assertThrows(DataException.class, s::load);
        assertTrue(e.getMessage().contains("unavailable"));
    }

    @Test
    void aFolderWithTrainAndTestUsesTestForValidation() throws Exception {
        write(dir, "train-images-idx3-ubyte.gz", gzip(images(20, 28)));
        write(dir, "train-labels-idx1-ubyte.gz", gzip(labels(cyclicLabels(20, 10))));
        write(dir, "t10k-images-idx3-ubyte", images(5, 28));
        write(dir, "t10k-labels-idx1-ubyte", labels(cyclicLabels(5, 10)));
        DataSource s = DataSources.fashionMnist(dir);
        assertTrue(s.availability().usable());
        DataSplit split = s.load();
        assertEquals(20, split.train().size());
        assertEquals(5, split.validation().size());
        assertEquals("Ankle boot", split.train().classNames().get(9));
    }

    @Test
    void aFolderWithOneSetHoldsOutATenth() throws Exception {
        write(dir, "emnist-digits-images-idx3-ubyte", images(100, 28));
        write(dir, "emnist-digits-labels-idx1-ubyte", labels(cyclicLabels(100, 4)));
        DataSplit split = DataSources.open(dir.toString());
        assertEquals(90, split.train().size());
        assertEquals(10, split.validation().size());
        assertEquals(4, split.train().numClasses(), "classes are numbered from the labels found");
    }

    @Test
    void trainAndTestImagesOfDifferentSizesAreReported() throws Exception {
        write(dir, "train-images-idx3-ubyte", images(4, 28));
        write(dir, "train-labels-idx1-ubyte", labels(cyclicLabels(4, 2)));
        write(dir, "t10k-images-idx3-ubyte", images(2, 32));
        write(dir, "t10k-labels-idx1-ubyte", labels(cyclicLabels(2, 2)));
        DataException e = assertThrows(DataException.class, () -> DataSources.open(dir.toString()));
        assertTrue(e.getMessage().contains("train images are 28x28 but the t10k images are 32x32"), e.getMessage());
    }

    @Test
    void countMismatchIsReported() throws Exception {
        write(dir, "train-images-idx3-ubyte", images(3, 28));
        write(dir, "train-labels-idx1-ubyte", labels(1, 2));
        DataException e = assertThrows(DataException.class, () -> DataSources.open(dir.toString()));
        assertTrue(e.getMessage().contains("3 images but train-labels-idx1-ubyte holds 2 labels"), e.getMessage());
    }

    @Test
    void aFolderWithoutIdxFilesIsUnavailable() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "hello");
        assertFalse(IdxFolderSource.of(dir).availability().usable());
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        DataException e = assertThrows(DataException.class, () -> DataSources.find("cifar"));
        assertTrue(e.getMessage().contains("mnist, fashion-mnist"), e.getMessage());
    }

    @Test
    void fashionMnistLoadsWhenDebianInstalledIt() throws Exception {
        DataSource s = DataSources.fashionMnist(DataSources.FASHION_DIR);
        org.junit.jupiter.api.Assumptions.assumeTrue(s.availability().usable(), "dataset-fashion-mnist not installed");
        DataSplit split = s.load();
        assertEquals(60_000, split.train().size());
        assertEquals(10_000, split.validation().size());
    }
}
