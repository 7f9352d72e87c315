/**
 * The autoencoder family on the engine, behind {@link latentlab.model.Autoencoder} and created by
 * {@link latentlab.model.family.Autoencoders#create}.
 *
 * <p>Conventions every member follows:
 * <ul>
 *   <li>Inputs are flattened images (N, side*side) in [0,1]. Decoders produce logits; the output
 *       activation (sigmoid: pixels in [0,1], tanh: pixels in [-1,1]) is applied by {@code decode}.</li>
 *   <li>Each loss term is summed over a sample and averaged over the batch (an ELBO per image for
 *       the VAEs), then weighted, and reported on its own in {@link latentlab.model.LossTerms}.</li>
 *   <li>Ops that start from a parameter move their results to the step's manager
 *       ({@link latentlab.model.block.Scope}), so a model's own manager holds only its parameters.</li>
 *   <li>The engine adds each backward pass's gradients to the previous ones: whoever steps the
 *       optimizer clears them after the update.</li>
 * </ul>
 *
 * <p>Packages: {@code block} (layers, transposed convolution, unpooling, the parameter store),
 * {@code loss} (reconstruction, KL, sparsity, contraction), {@code linalg} (PCA's eigenvectors),
 * {@code family} (the members, assembled from blocks by {@code Architectures}).
 */
package latentlab.model;
