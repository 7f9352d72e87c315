package latentlab.ui.plot;

import java.util.List;

/**
 * Puts several scatters on one scale, e.g. an autoencoder's and a VAE's codes side by side: each
 * gets the union of all their data ranges as its shared range, kept up to date as their codes
 * move, and one "Same scale" switch turns it on or off for all of them at once.
 */
public final class SharedScale {

    private SharedScale() {
    }

    /** Links {@code plots}; their "Same scale" switches take the first plot's state. */
    public static void link(List<ScatterViewModel> plots) {
        Runnable update = () -> {
            DataRange union = null;
            for (ScatterViewModel p : plots) {
                union = DataRange.union(union, p.frame().dataRangeProperty().get());
            }
            for (ScatterViewModel p : plots) {
                p.frame().sharedRangeProperty().set(union);
            }
        };
        for (ScatterViewModel p : plots) {
            p.frame().dataRangeProperty().addListener((o, a, b) -> update.run());
            if (p != plots.get(0)) {
                p.frame().sharedScaleProperty().bindBidirectional(plots.get(0).frame().sharedScaleProperty());
            }
        }
        update.run();
    }
}
