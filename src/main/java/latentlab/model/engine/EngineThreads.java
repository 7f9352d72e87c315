package latentlab.model.engine;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Per-thread engine state. The engine records autograd graphs on every thread by default and
 * switches that off only on the thread that loaded it; a thread that runs models (training owner,
 * decoders) switches it off itself, and only a gradient collector switches it on for a step.
 */
public final class EngineThreads {
    private EngineThreads() {
    }

    /** Stops the calling thread from recording autograd graphs outside a gradient collector. */
    public static void noGradients() {
        JniUtils.setGradMode(false);
    }
}
