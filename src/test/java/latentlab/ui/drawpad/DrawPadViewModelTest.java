package latentlab.ui.drawpad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import latentlab.latent.MlpCodec;
import latentlab.model.ModelKind;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DrawPadViewModelTest {

    private final WorkerPool inference = new WorkerPool("drawpad-test", 1, Runnable::run);
    private final CodecAccess access = new CodecAccess(inference);
    private final DrawPadViewModel vm = new DrawPadViewModel(access);

    @AfterEach
    void close() {
        inference.close();
    }

    @Test
    void aDrawnStrokeIsPreprocessedEncodedAndReconstructed() throws Exception {
        MlpCodec codec = new MlpCodec(ModelKind.AE, 2);
        access.setCodec(codec);
        vm.stroke(60, 40, 70, 240);
        vm.submitDrawing();
        assertTrue(inference.awaitIdle(5, TimeUnit.SECONDS));
        float[] img = vm.preprocessedProperty().get();
        int top = 28;
        int bottom = -1;
        for (int i = 0; i < 784; i++) {
            if (img[i] > 0.1f) {
                top = Math.min(top, i / 28);
                bottom = Math.max(bottom, i / 28);
            }
        }
        assertEquals(20, bottom - top + 1, "the stroke's height fills the 20-pixel box");
        assertArrayEquals(codec.encode(img, null), vm.codeProperty().get(), 1e-6f);
        assertEquals(784, vm.reconstructionProperty().get().length);
    }

    @Test
    void withoutAModelTheDrawingIsStillPreprocessedAndTheUserIsTold() {
        vm.stroke(100, 100, 180, 100);
        vm.submitDrawing();
        assertNotNull(vm.preprocessedProperty().get());
        assertNull(vm.codeProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("No model"));
    }

    @Test
    void clearEmptiesThePad() {
        vm.stroke(100, 100, 180, 100);
        vm.clear();
        for (float v : vm.ink()) {
            assertEquals(0, v);
        }
        assertNull(vm.preprocessedProperty().get());
    }
}
