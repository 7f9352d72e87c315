package latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import latentlab.latent.EmbeddingData;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scatter follows the theme: a dark plot in the dark theme, and class 7 (black) still seen on it. */
@ExtendWith(ApplicationExtension.class)
class PlotThemeTest {

    private ScatterView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        view = new ScatterView(new ScatterViewModel(new SameThreadExecutor()), null);
        // Two points per class on a line, so every class colour is drawn.
        float[] codes = new float[40];
        int[] labels = new int[20];
        for (int i = 0; i < 20; i++) {
            codes[2 * i] = i;
            labels[i] = i % 10;
        }
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        view.viewModel().setData(new EmbeddingData(codes, 2, labels, names, null, 28));
        Scene scene = new Scene(view, 900, 600);
        scene.getStylesheets().add(getClass().getResource("/styles/latentlab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToDefault() {
        Application.setUserAgentStylesheet(null);
    }

    private static double brightness(int argb) {
        return PlotColors.luminance(argb);
    }

    @Test
    void theDarkThemeGivesADarkPlotWhereEveryClassStandsOut() {
        WaitForAsyncUtils.waitForFxEvents();
        ScatterRaster raster = view.plot().raster();
        assertTrue(brightness(raster.background()) < 0.2, "dark background");
        int[] seen = new int[10];
        for (int px : raster.pixels()) {
            for (int c = 0; c < 10; c++) {
                if (px == raster.colors().classArgb(c)) {
                    seen[c]++;
                }
            }
        }
        for (int c = 0; c < 10; c++) {
            assertTrue(seen[c] > 0, "class " + c + " drawn");
        }
        assertTrue(brightness(raster.colors().classArgb(7)) > 0.6, "class 7 drawn light on dark");
        Color swatch = (Color) view.legend().swatch(7).getFill();
        assertTrue(swatch.getBrightness() > 0.6, "class 7's swatch is light on the dark legend: " + swatch);
    }

    @Test
    void axisValuesAndNamesAreLightOnTheDarkTheme() {
        WaitForAsyncUtils.waitForFxEvents();
        var ticks = view.axes().xTickLabels();
        assertTrue(ticks.size() >= 2, "values along the axis");
        for (var label : List.of(ticks.get(0), view.axes().yTickLabels().get(0))) {
            assertTrue(((Color) label.getTextFill()).getBrightness() > 0.5, "readable on dark: " + label.getTextFill());
        }
        var title = (javafx.scene.control.Label) view.lookup("#axis-title-x");
        assertEquals("z1", title.getText());
        assertTrue(((Color) title.getTextFill()).getBrightness() > 0.7, "the axis name stands out: " + title.getTextFill());
    }

    @Test
    void switchingThemesRedrawsInTheNewColours(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int dark = view.plot().raster().background();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        ScatterRaster raster = view.plot().raster();
        assertNotEquals(dark, raster.background());
        assertTrue(brightness(raster.background()) > 0.9, "light background");
        assertEquals(raster.background(), raster.pixels()[0], "the pixels were redrawn");
        assertEquals(Color.BLACK, view.legend().swatch(7).getFill());
        Color tick = (Color) view.axes().xTickLabels().get(0).getTextFill();
        assertTrue(tick.getBrightness() < 0.6, "axis values dark on the light theme: " + tick);
    }
}
