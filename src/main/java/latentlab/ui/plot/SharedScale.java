package latentlab.ui.plot;

import java.util.List;
import javafx.beans.value.ChangeListener;

/**
 * Puts several scatters on one scale, e.g. an autoencoder's and a VAE's codes side by side: each
 * gets the union of all their data ranges as its shared range, kept up to date as their codes
 * move, and one "Same scale" switch turns it on or off for all of them at once.
 */
public final class SharedScale {

    private SharedScale() {
    }

    /**
     * Links {@code plots}; their "Same scale" switches take the first plot's state.
     *
     * @return undoes the link, e.g. when one of the plots closes: each is on its own range again
     */
    public static Runnable link(List<ScatterViewModel> plots) {
        List<ScatterViewModel> linked = List.copyOf(plots);
        Runnable update = () -> {
            DataRange union = null;
            for (ScatterViewModel p : linked) {
                union = DataRange.union(union, p.frame().dataRangeProperty().get());
            }
            for (ScatterViewModel p : linked) {
                p.frame().sharedRangeProperty().set(union);
            }
        };
        ChangeListener<DataRange> listener = (o, a, b) -> update.run();
        ScatterViewModel first = linked.get(0);
        for (ScatterViewModel p : linked) {
            p.frame().dataRangeProperty().addListener(listener);
            if (p != first) {
                p.frame().sharedScaleProperty().bindBidirectional(first.frame().sharedScaleProperty());
            }
        }
        update.run();
        return () -> {
            for (ScatterViewModel p : linked) {
                p.frame().dataRangeProperty().removeListener(listener);
                if (p != first) {
                    p.frame().sharedScaleProperty().unbindBidirectional(first.frame().sharedScaleProperty());
                }
                p.frame().sharedRangeProperty().set(null);
            }
        };
    }
}
