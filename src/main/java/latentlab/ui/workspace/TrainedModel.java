package latentlab.ui.workspace;

import latentlab.model.ModelSpec;
import latentlab.model.ParamSnapshot;

/**
 * The weights a view may decode with: a batch-boundary snapshot, never live weights.
 *
 * @param spec the model
 * @param parameters its weights
 * @param epoch epochs trained
 * @param datasetId what it was trained on
 */
public record TrainedModel(ModelSpec spec, ParamSnapshot parameters, int epoch, String datasetId) {
}
