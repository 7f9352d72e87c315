package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import latentlab.latent.EmbeddingData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live codes reach the view on screen at once and the others when they come into view. */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewsTest {
    private ExplorerViews views;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        // Built here, once the toolkit runs: a field initialiser would run first in a fresh JVM.
        views = new ExplorerViews();
        tabs = new TabPane(new Tab("2D", views.embedding()), new Tab("Explorer", views.explorer()));
        views.followTabs(tabs);
        stage.setScene(new Scene(tabs, 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        views.close();
    }

    private static EmbeddingData codes(float scale) {
        int n = 40;
        float[] c = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            c[2 * i] = scale * (i % 7);
            c[2 * i + 1] = scale * (i / 7);
            labels[i] = i % 3;
        }
        return new EmbeddingData(c, 2, labels, List.of("a", "b", "c"), null, 28);
    }

    private float[] codesIn(ExplorerViews v, boolean explorerScatter) {
        var vm = explorerScatter
                ? ((latentlab.ui.plot.ScatterView) v.explorer().getCenter()).viewModel()
                : v.embedding().viewModel();
        return vm.dataProperty().get().codes();
    }

    @Test
    void hiddenViewsCatchUpWhenShown(FxRobot robot) {
        robot.interact(() -> views.showData(codes(1), "training + validation", true));
        robot.interact(() -> views.updateCodes(codes(2), "training + validation"));
        WaitForAsyncUtils.waitForFxEvents();
        float[] latest = codes(2).codes();
        assertArrayEquals(latest, codesIn(views, false), "the scatter on screen moves at once");
        assertNotEquals(Arrays.toString(latest), Arrays.toString(codesIn(views, true)),
                "the hidden explorer is not redrawn while out of sight");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(latest, codesIn(views, true), "shown again, it has the latest codes");
    }
}
