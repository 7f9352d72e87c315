package latentlab.train;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import ai.djl.ndarray.NDManager;
import latentlab.model.Autoencoder;
import latentlab.model.ModelSpec;

/** The factory of the model family that ships with LatentLab. */
public final class ModelFactories {
    private ModelFactories() {
    }

    /**
     * {@code latentlab.model.Autoencoders::create}, looked up when first used: the family lands
     * separately from the trainer, and the trainer builds without it.
     */
    public static ModelFactory standard() {
        return (spec, manager, seed) -> {
            try {
                return (Autoencoder) Family.CREATE.invoke(spec, manager, seed);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    private static final class Family {
        static final MethodHandle CREATE = find();

        private static MethodHandle find() {
            try {
                Class<?> c = Class.forName("latentlab.model.Autoencoders");
                return MethodHandles.publicLookup().findStatic(c, "create",
                        MethodType.methodType(Autoencoder.class, ModelSpec.class, NDManager.class, long.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this build of LatentLab has no model family"
                        + " (latentlab.model.Autoencoders is missing)", e);
            }
        }
    }
}
