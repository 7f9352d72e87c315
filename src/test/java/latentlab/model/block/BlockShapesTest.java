package latentlab.model.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import latentlab.model.testing.EngineTest;
import org.junit.jupiter.api.Test;

class BlockShapesTest extends EngineTest {

    private static long[] shapeOf(NDArray a) {
        return a.getShape().getShape();
    }

    @Test
    void denseAndMlpMapWidthsAsBuilt() {
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 1);
            NDArray x = step.ones(new Shape(5, 12));
            assertArrayEquals(new long[] {5, 7}, shapeOf(Dense.create(store, "d", 12, 7).forward(x)));
            Mlp mlp = Mlp.builder(store, "m", 12).layers(List.of(9, 6), Nonlinearity.RELU)
                    .layer(2, Nonlinearity.IDENTITY).build();
            assertArrayEquals(new long[] {5, 2}, shapeOf(mlp.forward(x)));
            Mlp mirror = mlp.tiedMirror(store, "t", List.of(Nonlinearity.RELU, Nonlinearity.RELU,
                    Nonlinearity.SIGMOID));
            assertArrayEquals(new long[] {5, 12}, shapeOf(mirror.forward(step.ones(new Shape(5, 2)))));
            assertThrows(IllegalArgumentException.class, () -> mlp.tiedMirror(store, "u", List.of()));
        }
    }

    @Test
    void convLayerFollowsItsOutputSizeFormula() {
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 1);
            NDArray y = ConvLayer.create(store, "c", 2, 5, 3, 2, 1).forward(step.ones(new Shape(3, 2, 9, 9)));
            long o = ConvLayer.outputSize(9, 3, 2, 1);
            assertEquals(5, o);
            assertArrayEquals(new long[] {3, 5, o, o}, shapeOf(y));
        }
    }

    @Test
    void convEncoderAndDecoderMapImagesToCodesAndBack() {
        try (NDManager step = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(step, 1);
            ConvEncoder encoder = new ConvEncoder(store, "e", 28, List.of(4, 6), 10);
            ConvDecoder decoder = new ConvDecoder(store, "d", 28, List.of(4, 6), 10);
            NDArray code = encoder.forward(step.ones(new Shape(2, 784)));
            assertArrayEquals(new long[] {2, 10}, shapeOf(code));
            assertArrayEquals(new long[] {2, 784}, shapeOf(decoder.forward(code)));
            assertThrows(IllegalArgumentException.class,
                    () -> new ConvEncoder(store, "bad", 10, List.of(4, 6), 3), "10 -> 5 cannot halve again");
        }
    }
}
