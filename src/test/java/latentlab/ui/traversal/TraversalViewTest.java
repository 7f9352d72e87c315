package latentlab.ui.traversal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import latentlab.export.GifFile;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two models, one with a hole in its latent space, played side by side from one control bar. */
@ExtendWith(ApplicationExtension.class)
class TraversalViewTest {

    private final ManualPulse pulse = new ManualPulse();
    private TraversalView view;
    private TraversalPlayerView ae;
    private TraversalPlayerView vae;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TraversalViewModel vm = new TraversalViewModel(pulse, new SameThreadExecutor());
        vm.setModels(TraversalFixtures.pair());
        vm.chooser().sampleAProperty().set(TraversalFixtures.LEFT);
        vm.chooser().sampleBProperty().set(TraversalFixtures.RIGHT);
        view = new TraversalView(vm);
        ae = view.playerViews().get(0);
        vae = view.playerViews().get(1);
        // Within Monocle's 1280 x 800 headless screen.
        stage.setScene(new Scene(view, 1200, 790));
        stage.show();
    }

    @AfterEach
    void backToDefault(FxRobot robot) {
        // The view leaves first: under the default theme its colour names would mean nothing.
        robot.interact(() -> {
            stage.getScene().setRoot(new Region());
            Application.setUserAgentStylesheet(null);
        });
    }

    /** Grey level (0..255) of the frame on show at the middle of the bar, where ring and bar differ most. */
    private static int barCentre(TraversalPlayerView player) {
        return player.frame().getImage().getPixelReader().getArgb(13, 14) & 0xff;
    }

    /** The grey the stand-in model draws there at frame {@code i} of the 25 from sample 0 to sample 1. */
    private static int expected(int i, boolean jumpy) {
        return Math.round(255 * (float) TraversalFixtures.blend(-2 + 4.0 * i / 24, jumpy));
    }

    private void assertBothAt(int frame) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected(frame, true), barCentre(ae), "AE shows frame " + frame);
        assertEquals(expected(frame, false), barCentre(vae), "VAE shows frame " + frame);
        for (TraversalPlayerView p : view.playerViews()) {
            assertEquals(frame * p.filmstrip().frameWidth(), p.filmstrip().highlight().getX(), 1e-6,
                    p.viewModel().name() + "'s filmstrip outlines frame " + frame);
        }
    }

    @Test
    void bothPlayersPlayAndScrubInLockstep(FxRobot robot) {
        robot.clickOn("#traversal-start");
        assertTrue(pulse.running());
        assertEquals("Pause", view.controls().playButton().getText());
        robot.interact(() -> pulse.beat(5));
        assertBothAt(5);
        robot.interact(() -> view.controls().scrub().setValue(20));
        assertBothAt(20);
        assertEquals("Frame 21 of 25", robot.lookup("#traversal-position").queryLabeled().getText());
        // A click on the VAE's fourth thumbnail moves the AE there too.
        var strip = vae.filmstrip();
        Point2D fourth = strip.localToScreen(3.5 * strip.frameWidth(), strip.getHeight() / 2);
        robot.clickOn(fourth);
        assertBothAt(3);
        assertEquals(3, view.controls().scrub().getValue(), 1e-9, "the slider follows");
    }

    @Test
    void pauseStopsBothPlayersWhereTheyAre(FxRobot robot) {
        robot.clickOn("#traversal-start");
        robot.interact(() -> pulse.beat(2));
        robot.clickOn("#traversal-play");
        assertEquals("Play", view.controls().playButton().getText());
        assertFalse(pulse.running(), "nothing keeps beating after pause");
        robot.interact(() -> pulse.beat(4));
        assertBothAt(2);
        robot.clickOn("#traversal-play");
        robot.interact(() -> pulse.beat(1));
        assertBothAt(3);
    }

    @Test
    void loopWrapsToTheFirstFrameAndWithoutItPlayStopsAtTheLast(FxRobot robot) {
        robot.clickOn("#traversal-start");
        assertTrue(view.controls().loop().isSelected());
        robot.interact(() -> view.controls().scrub().setValue(24));
        robot.interact(() -> pulse.beat(1));
        assertBothAt(0);
        robot.clickOn("#traversal-loop");
        assertFalse(view.viewModel().clock().loopProperty().get());
        robot.interact(() -> view.controls().scrub().setValue(22));
        robot.interact(() -> pulse.beat(5));
        assertBothAt(24);
        assertEquals("Play", view.controls().playButton().getText(), "playing stopped at the last frame");
    }

    @Test
    void theSparklineMarksTheJumpWhereThePathCrossesTheHole(FxRobot robot) {
        robot.clickOn("#traversal-start");
        robot.interact(() -> view.viewModel().clock().seek(12));
        WaitForAsyncUtils.waitForFxEvents();
        SparklineView aeLine = ae.sparkline();
        double[] steps = ae.viewModel().framesProperty().get().profile().steps();
        // The stand-in AE flips from ring to bar between frames 11 and 12.
        assertEquals(aeLine.xOfStep(11, 25), aeLine.peak().getCenterX(), 1e-9);
        assertEquals(String.format("%.1f", steps[11]), aeLine.peakLabel().getText());
        assertTrue(ae.summary().getText().startsWith("Largest step " + String.format("%.1f", steps[11])
                + " (frames 11 to 12)"), ae.summary().getText());
        assertEquals(aeLine.peak().getCenterY(), aeLine.current().getCenterY(), 1e-9,
                "on frame 12 the step just taken is the jump");
        // One scale for both: the VAE's even steps stay low beside the AE's spike.
        double vaePeak = vae.sparkline().peak().getCenterY();
        assertTrue(vaePeak - aeLine.peak().getCenterY() > 0.6 * (aeLine.getHeight() - 20), "VAE peak at " + vaePeak
                + ", AE peak at " + aeLine.peak().getCenterY());
    }

    @Test
    void theSparklineReadsInTheLightAndTheDarkTheme(FxRobot robot) {
        robot.clickOn("#traversal-start");
        SparklineView line = ae.sparkline();
        assertTrue(luminance(background(line)) > 0.7, "light theme: a light sparkline");
        assertReadable(line);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(luminance(background(line)) < 0.05, "dark theme: a dark sparkline");
        assertReadable(line);
    }

    /** WCAG contrast: 4.5 for the peak's value (text), 3 for the line (a graphic). */
    private static void assertReadable(SparklineView line) {
        Color back = background(line);
        double text = contrast((Color) line.peakLabel().getFill(), back);
        assertTrue(text >= 4.5, "the largest step's value stands out: contrast " + text);
        Polyline stroke = (Polyline) line.getChildrenUnmodifiable().stream().filter(n -> n instanceof Polyline)
                .findFirst().orElseThrow();
        double graphic = contrast((Color) stroke.getStroke(), back);
        assertTrue(graphic >= 3, "the line stands out: contrast " + graphic);
    }

    private static Color background(SparklineView line) {
        return (Color) line.getBackground().getFills().get(0).getFill();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance: sRGB channels made linear, then weighted. */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theClassMeanSquaresSayWhatFillsThemUntilAMeanIsDecoded(FxRobot robot) {
        var results = view.arithmetic().results().getChildren();
        assertEquals(2, results.size(), "a square per model");
        assertEquals(2, robot.lookup(".arithmetic-hint").queryAll().size(), "each empty square says what draws there");
        robot.clickOn("#arithmetic-mean");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".arithmetic-hint").queryAll().isEmpty(), "the means are drawn instead");
        for (var column : results) {
            var image = (javafx.scene.image.ImageView) column.lookup(".arithmetic-result .image-view");
            assertTrue(image != null && image.getImage() != null, "a decoded mean in " + column);
        }
    }

    @Test
    void theGifHasEveryFrameWithBothModelsNamed(FxRobot robot) throws Exception {
        robot.clickOn("#traversal-start");
        Path gif = dir.resolve("walk.gif");
        robot.interact(() -> view.viewModel().exportGif(gif));
        assertEquals("Saved walk.gif: 25 frames, looping",
                robot.lookup("#traversal-export-message").queryLabeled().getText());
        GifFile read = GifFile.read(gif);
        assertEquals(25, read.frames().size());
        assertEquals(0, read.loops());
        int cell = 28 * TraversalGifExport.SCALE;
        int[] left = {GifFile.columnLeft(0, cell), GifFile.columnLeft(1, cell)};
        int aeInk = read.brighter(7, left[0], 0, cell, GifFile.labelBand(), 150);
        int vaeInk = read.brighter(7, left[1], 0, cell, GifFile.labelBand(), 150);
        assertTrue(aeInk > 20, "a name over the AE's column");
        assertTrue(vaeInk > aeInk, "a longer name over the VAE's: " + vaeInk + " against " + aeInk);
    }
}
