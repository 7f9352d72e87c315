package latentlab.latent.apps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import latentlab.data.Dataset;

/**
 * The few images whose labels a semi-supervised learner may see: as many of each class as the
 * count allows, drawn at random with a fixed seed. Each class is shuffled once per seed, so the
 * 10 images of a smaller count are among the 100 of a larger one.
 */
public final class LabelledSubset {
    private LabelledSubset() {
    }

    /**
     * {@code count} indices of {@code set}, in increasing order: {@code count / C} of each of the C
     * classes that have images, and one more for the first {@code count mod C} classes.
     *
     * @throws IllegalArgumentException when a class has fewer images than its share
     */
    public static int[] balanced(Dataset set, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one labelled image, got " + count);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < set.numClasses(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < set.size(); i++) {
            byClass.get(set.label(i)).add(i);
        }
        Random random = new Random(seed);
        List<Integer> present = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            shuffle(byClass.get(c), random);
            if (!byClass.get(c).isEmpty()) {
                present.add(c);
            }
        }
        if (present.isEmpty()) {
            throw new IllegalArgumentException(set.id() + " has no images");
        }
        int[] out = new int[count];
        int at = 0;
        for (int k = 0; k < present.size(); k++) {
            int c = present.get(k);
            int share = count / present.size() + (k < count % present.size() ? 1 : 0);
            List<Integer> members = byClass.get(c);
            if (members.size() < share) {
                throw new IllegalArgumentException(set.id() + " has only " + members.size() + " images of class '"
                        + set.classNames().get(c) + "'; " + count + " labelled images need " + share + " of it");
            }
            for (int j = 0; j < share; j++) {
                out[at++] = members.get(j);
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Fisher-Yates with {@code random}. */
    private static void shuffle(List<Integer> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
