package latentlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import latentlab.latent.EmbeddingData;
import org.junit.jupiter.api.Test;

/** What a workspace hands its views, and when: the view on screen at once, the others when shown. */
class ViewUpdatesTest {

    /** A view that records what it is given; whether it is on screen is up to the test. */
    private static final class Recorder implements WorkspaceView {
        final List<String> calls = new ArrayList<>();
        boolean showing;
        boolean variational;
        EmbeddingData codes;

        @Override
        public Node node() {
            return null;
        }

        @Override
        public boolean isShowing() {
            return showing;
        }

        @Override
        public void onData(EmbeddingData data, String samples, boolean variational) {
            calls.add("data " + samples);
            codes = data;
            this.variational = variational;
        }

        @Override
        public void onCodes(EmbeddingData data, String samples) {
            calls.add("codes " + samples);
            codes = data;
        }

        @Override
        public void onWeights() {
            calls.add("weights");
        }
    }

    private final Recorder onScreen = new Recorder();
    private final Recorder hidden = new Recorder();
    private final List<EmbeddingData> told = new ArrayList<>();
    private final ViewUpdates updates = new ViewUpdates(List.of(onScreen, hidden), told::add);

    private static EmbeddingData codes(int n, float scale) {
        float[] c = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            c[2 * i] = scale * (i % 7);
            c[2 * i + 1] = scale * (i / 7);
            labels[i] = i % 3;
        }
        return new EmbeddingData(c, 2, labels, List.of("a", "b", "c"), null, 28);
    }

    @Test
    void hiddenViewsCatchUpWithTheLatestCodesWhenShown() {
        onScreen.showing = true;
        updates.showData(codes(40, 1), "all", true);
        updates.updateCodes(codes(40, 2), "live", true);
        updates.updateCodes(codes(40, 3), "live", true);
        assertEquals(List.of("data all", "codes live", "codes live"), onScreen.calls, "the view on screen moves at once");
        assertEquals(List.of("data all"), hidden.calls, "the hidden view is not redrawn while out of sight");

        hidden.showing = true;
        updates.refresh();
        assertEquals(List.of("data all", "codes live"), hidden.calls, "shown again, it catches up once");
        assertArrayEquals(codes(40, 3).codes(), hidden.codes.codes(), "with the latest codes");
        assertEquals(3, told.size(), "views across workspaces (a traversal) hear of every set of codes, shown or not");
        assertArrayEquals(codes(40, 3).codes(), told.get(2).codes());
    }

    @Test
    void newWeightsRedecodeTheViewsOnScreenAndTheOthersOnceTheyAreShown() {
        onScreen.showing = true;
        updates.showData(codes(40, 1), "all", false);
        updates.weightsChanged();
        updates.weightsChanged();
        assertEquals(List.of("data all", "weights", "weights"), onScreen.calls);
        assertEquals(List.of("data all"), hidden.calls);

        hidden.showing = true;
        updates.refresh();
        updates.refresh();
        assertEquals(List.of("data all", "weights"), hidden.calls,
                "coming into view redecodes once; showing it again with the same weights does not");
    }

    @Test
    void codesOfOtherSamplesAreNewDataForEveryView() {
        onScreen.showing = true;
        updates.showData(codes(40, 1), "all", true);
        updates.updateCodes(codes(20, 1), "live", true);
        assertEquals(List.of("data all", "data live"), onScreen.calls);
        assertEquals(List.of("data all", "data live"), hidden.calls);
        assertEquals(20, updates.shown().size());
    }

    @Test
    void theFirstLiveCodesOfARunAreNewDataOfItsKindOfModel() {
        updates.updateCodes(codes(40, 1), "live", true);
        assertEquals(List.of("data live"), hidden.calls);
        assertTrue(hidden.variational, "a VAE's explorer starts on its prior while it trains");
        updates.updateCodes(codes(40, 1), "live", false);
        assertEquals(List.of("data live", "data live"), hidden.calls, "an autoencoder trained next is new data");
        assertTrue(!hidden.variational);
    }

    @Test
    void weightsBeforeAnySamplesReachNoView() {
        onScreen.showing = true;
        updates.weightsChanged();
        assertEquals(List.of(), onScreen.calls);
    }
}
