package latentlab.ui.training;

/**
 * How a run trains, beside what it trains.
 *
 * @param epochs epochs to train
 * @param batchSize images per step
 * @param learningRate Adam's step size
 * @param seed initialisation, shuffling and sampling derive from it
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, long seed) {
}
