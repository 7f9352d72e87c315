package latentlab.model.block;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** A stack of fully connected layers, each followed by its activation. */
public final class Mlp implements Net {
    private final List<Net> layers;
    private final List<Nonlinearity> activations;
    private final List<Dense> dense;

    private Mlp(List<Net> layers, List<Nonlinearity> activations, List<Dense> dense) {
        this.layers = List.copyOf(layers);
        this.activations = List.copyOf(activations);
        this.dense = List.copyOf(dense);
    }

    public static Builder builder(ParameterStore store, String name, int inputSize) {
        return new Builder(store, name, inputSize);
    }

    /** The layers with their own weights (empty for a tied mirror), input side first. */
    public List<Dense> denseLayers() {
        return dense;
    }

    public List<Nonlinearity> activations() {
        return activations;
    }

    /**
     * A decoder that mirrors this encoder with the transposed weights (tied autoencoder).
     *
     * @param activations one per layer of the mirror, input (code) side first
     */
    public Mlp tiedMirror(ParameterStore store, String name, List<Nonlinearity> activations) {
        if (activations.size() != dense.size()) {
            throw new IllegalArgumentException("a tied mirror needs " + dense.size() + " activations");
        }
        List<Net> mirrored = new ArrayList<>();
        for (int i = dense.size() - 1, k = 0; i >= 0; i--, k++) {
            mirrored.add(dense.get(i).tiedTranspose(store, name + "." + k));
        }
        return new Mlp(mirrored, activations, List.of());
    }

    @Override
    public NDArray forward(NDArray x) {
        NDArray h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = activations.get(i).apply(layers.get(i).forward(h));
        }
        return h;
    }

    /** Adds layers one at a time, each sized from the previous one. */
    public static final class Builder {
        private final ParameterStore store;
        private final String name;
        private long width;
        private final List<Net> layers = new ArrayList<>();
        private final List<Nonlinearity> activations = new ArrayList<>();
        private final List<Dense> dense = new ArrayList<>();

        private Builder(ParameterStore store, String name, int inputSize) {
            this.store = store;
            this.name = name;
            this.width = inputSize;
        }

        public Builder layer(int size, Nonlinearity activation) {
            Dense d = Dense.create(store, name + "." + dense.size(), width, size);
            dense.add(d);
            layers.add(d);
            activations.add(activation);
            width = size;
            return this;
        }

        /** One layer per size, all with the same activation. */
        public Builder layers(List<Integer> sizes, Nonlinearity activation) {
            sizes.forEach(s -> layer(s, activation));
            return this;
        }

        public Mlp build() {
            return new Mlp(layers, activations, dense);
        }
    }
}
