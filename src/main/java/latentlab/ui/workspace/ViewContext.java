package latentlab.ui.workspace;

import java.util.function.Supplier;
import latentlab.data.DataSplit;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.TaskExecutor;

/**
 * What a workspace gives each of its views.
 *
 * @param title the workspace's name, e.g. "Model" or "VAE"
 * @param codec its model, on its own inference thread
 * @param projections the shared pool for PCA, t-SNE and UMAP
 * @param model its training: losses, reconstructions, live codes, weights
 * @param data its data set, or null while none is open
 */
public record ViewContext(String title, CodecAccess codec, TaskExecutor projections, ModelState model,
        Supplier<DataSplit> data) {
}
