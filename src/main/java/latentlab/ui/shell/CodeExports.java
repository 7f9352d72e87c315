package latentlab.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import latentlab.data.DataSplit;
import latentlab.export.projector.CoordinatesCsv;
import latentlab.export.projector.ProjectorExport;
import latentlab.latent.EmbeddingData;
import latentlab.latent.Projected;
import latentlab.ui.embedding.Embedding2DView;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.workspace.Workspace;

/**
 * File > Export codes for the Projector and File > Export 2D coordinates: the first model's codes
 * of every image as a folder the Embedding Projector loads as it is, and the points of its 2D
 * embedding as CSV, written off the FX thread, whole or not at all.
 */
final class CodeExports {
    private CodeExports() {
    }

    /** Encodes every image of {@code data} with {@code w}'s model, on its inference thread, into the new folder {@code dir}. */
    static void projector(Workspace w, DataSplit data, Path dir, Consumer<String> say) {
        var model = w.model().modelProperty().get();
        if (model == null || !w.codecs().hasCodec() || data == null) {
            say.accept("There are no codes to export yet: train or open a model first");
            return;
        }
        var sets = List.of(data.train(), data.validation());
        int n = data.train().size() + data.validation().size();
        BackgroundTask.wrap(() -> ProjectorExport.write(w.codecs().codec(), sets, dir, model.spec().describe()))
                .onSuccess(note -> say.accept(String.format("The codes of %,d images are in %s: open"
                        + " projector.tensorflow.org and Load its files, or point TensorBoard at it.%s", n, dir,
                        note.isEmpty() ? "" : " " + note)))
                .onFailure(e -> say.accept("The codes could not be exported to " + dir + ": " + message(e)))
                .executeWith(w.codecs().executor());
    }

    /** Writes the points of {@code w}'s 2D embedding, as plotted now, to {@code file}. */
    static void coordinates(Workspace w, Path file, TaskExecutor background, Consumer<String> say) {
        var plot = w.view(Embedding2DView.class).scatter().viewModel();
        Projected p = plot.projectedProperty().get();
        EmbeddingData d = plot.dataProperty().get();
        if (p == null || d == null) {
            say.accept("There is nothing plotted to export yet: train or open a model first");
            return;
        }
        BackgroundTask.wrap(() -> {
            CoordinatesCsv.write(file, p, i -> d.classNames().get(d.labels()[i]));
            return file;
        }).onSuccess(f -> say.accept(String.format("The %,d points of the 2D embedding (%s) are in %s", p.size(),
                p.method(), f)))
                .onFailure(e -> say.accept("The coordinates could not be written to " + file + ": " + message(e)))
                .executeWith(background);
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
