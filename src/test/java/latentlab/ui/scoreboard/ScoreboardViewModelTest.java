package latentlab.ui.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.data.DataSplit;
import latentlab.export.ScoreboardCsv;
import latentlab.latent.Classification;
import latentlab.latent.Classifier;
import latentlab.latent.Codec;
import latentlab.latent.metrics.PerceptualPathLength;
import latentlab.latent.metrics.Progress;
import latentlab.latent.metrics.ToyModels;
import latentlab.model.ModelKind;
import latentlab.latent.metrics.Score;
import latentlab.latent.metrics.Scoreboard;
import latentlab.latent.metrics.ScoreboardResult;
import latentlab.latent.metrics.ScoreboardSettings;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardViewModelTest {
    static final ScoreboardSettings SMALL = new ScoreboardSettings(3, 5, 40, 12, 8, 20,
            PerceptualPathLength.EPSILON, 20, 0.5, 1);
    private final DataSplit data = ToyModels.data(80, 48);
    private final Codec codec = new ToyModels.BlendCodec(ModelKind.AE, 0);

    private ScoreboardViewModel model(Codec c, DataSplit d) {
        return new ScoreboardViewModel(new SameThreadExecutor(), () -> c, () -> d, split -> null, SMALL);
    }

    @Test
    void theTableShowsEveryFigureOfTheScoreboardAsComputed() {
        ScoreboardViewModel vm = model(codec, data);
        vm.compute("AE");
        ScoreboardResult expected = new Scoreboard(codec, null, data, SMALL, Progress.NONE).compute("AE");
        List<ScoreboardViewModel.Row> rows = vm.rowsProperty().get();
        assertEquals(expected.scores().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Score s = expected.scores().get(i);
            ScoreboardViewModel.Row row = rows.get(i);
            assertEquals(s.metric().name(), row.figure());
            assertEquals(s.formatted(), row.value(), s.metric().id());
            assertEquals(s.metric().higherIsBetter() ? "higher" : "lower", row.better());
            assertEquals(s.metric().formula(), row.formula());
            assertEquals(s.metric().meaning(), row.meaning());
        }
        assertEquals("n/a", vm.resultProperty().get().score(PerceptualPathLength.metric().id()).formatted(),
                "no classifier: the perceptual path length does not apply");
        assertFalse(vm.computation().runningProperty().get());
        assertEquals(1, vm.computation().progressProperty().get());
        assertTrue(vm.computation().statusProperty().get().contains("AE"), vm.computation().statusProperty().get());
    }

    @Test
    void theRefereesClassifierGivesThePerceptualFiguresAndIsClosed() {
        int[] closed = {0};
        ScoreboardViewModel vm = new ScoreboardViewModel(new SameThreadExecutor(), () -> codec, () -> data,
                split -> new Classifier() {
                    private final Classifier toy = new ToyModels.QuadrantClassifier();

                    @Override
                    public int pixelsPerImage() {
                        return toy.pixelsPerImage();
                    }

                    @Override
                    public int classCount() {
                        return toy.classCount();
                    }

                    @Override
                    public int featureSize() {
                        return toy.featureSize();
                    }

                    @Override
                    public Classification classify(float[] pixels) {
                        return toy.classify(pixels);
                    }

                    @Override
                    public void close() {
                        closed[0]++;
                    }
                }, SMALL);
        vm.compute("AE");
        ScoreboardResult expected = new Scoreboard(codec, new ToyModels.QuadrantClassifier(), data, SMALL,
                Progress.NONE).compute("AE");
        String ppl = PerceptualPathLength.metric().id();
        assertEquals(expected.score(ppl).value(), vm.resultProperty().get().score(ppl).value());
        assertTrue(vm.resultProperty().get().score(ppl).applicable());
        assertEquals(1, closed[0], "the classifier is closed on the thread that made it");
    }

    @Test
    void withoutAModelOrDataTheStatusSaysWhatIsMissing() {
        ScoreboardViewModel noModel = model(null, data);
        noModel.compute("AE");
        assertTrue(noModel.computation().statusProperty().get().contains("No model is loaded"), noModel.computation().statusProperty().get());
        assertTrue(noModel.rowsProperty().get().isEmpty());
        assertFalse(noModel.computation().runningProperty().get(), "a failure ends the run");

        ScoreboardViewModel noData = model(codec, null);
        noData.compute("AE");
        assertEquals("No data set: open one first", noData.computation().statusProperty().get());
        assertNull(noData.resultProperty().get());
    }

    @Test
    void theCsvExportIsTheScoreboardsCsv(@TempDir Path dir) throws Exception {
        ScoreboardViewModel vm = model(codec, data);
        assertFalse(vm.exportCsv(dir.resolve("early.csv")));
        assertTrue(vm.computation().statusProperty().get().contains("compute the scoreboard first"), vm.computation().statusProperty().get());

        vm.compute("AE");
        Path csv = dir.resolve("out/scoreboard.csv");
        assertTrue(vm.exportCsv(csv));
        assertEquals(ScoreboardCsv.toCsv(List.of(vm.resultProperty().get())),
                Files.readString(csv, StandardCharsets.UTF_8));
        Path json = dir.resolve("scoreboard.json");
        assertTrue(vm.exportJson(json));
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"dataset\": \"toy\"") && text.contains("\"name\": \"AE\""), text);
    }

    @Test
    void anUnwritablePathIsNamedInTheStatus(@TempDir Path dir) throws Exception {
        ScoreboardViewModel vm = model(codec, data);
        vm.compute("AE");
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertFalse(vm.exportCsv(file.resolve("scoreboard.csv")));
        assertTrue(vm.computation().statusProperty().get().startsWith("Could not write " + file.resolve("scoreboard.csv")),
                vm.computation().statusProperty().get());
    }
}
