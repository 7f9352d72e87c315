package latentlab.latent.apps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import latentlab.data.Dataset;
import org.junit.jupiter.api.Test;

class LabelledSubsetTest {
    /** 300 one-pixel images; class c holds the images i with i mod 3 == c, except that class 2 has only 20. */
    private static Dataset unevenClasses() {
        int n = 300;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3 == 2 && i >= 60 ? i % 2 : i % 3;
        }
        return new Dataset("uneven", new float[n], labels, 1, 1, List.of("zero", "one", "two"));
    }

    private static int[] perClass(Dataset set, int[] indices) {
        int[] counts = new int[set.numClasses()];
        for (int i : indices) {
            counts[set.label(i)]++;
        }
        return counts;
    }

    @Test
    void eachClassGetsItsShareAndTheFirstClassesTheRemainder() {
        Dataset set = unevenClasses();
        assertArrayEquals(new int[] {10, 10, 10}, perClass(set, LabelledSubset.balanced(set, 30, 1)));
        assertArrayEquals(new int[] {11, 11, 10}, perClass(set, LabelledSubset.balanced(set, 32, 1)));
        int[] idx = LabelledSubset.balanced(set, 32, 1);
        assertEquals(32, Arrays.stream(idx).distinct().count(), "no image twice");
        assertArrayEquals(Arrays.stream(idx).sorted().toArray(), idx, "in increasing order");
    }

    @Test
    void smallerCountsAreAmongLargerOnesAndTheSeedChangesThem() {
        Dataset set = unevenClasses();
        Set<Integer> few = Arrays.stream(LabelledSubset.balanced(set, 6, 4)).boxed().collect(Collectors.toSet());
        Set<Integer> many = Arrays.stream(LabelledSubset.balanced(set, 45, 4)).boxed().collect(Collectors.toSet());
        assertTrue(many.containsAll(few));
        assertArrayEquals(LabelledSubset.balanced(set, 45, 4), LabelledSubset.balanced(set, 45, 4));
        assertFalse(Arrays.equals(LabelledSubset.balanced(set, 45, 4), LabelledSubset.balanced(set, 45, 5)));
    }

    @Test
    void aClassTooSmallForItsShareIsNamed() {
        Dataset set = unevenClasses();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledSubset.balanced(set, 90, 1));
        assertEquals("uneven has only 20 images of class 'two'; 90 labelled images need 30 of it", e.getMessage());
    }
}
