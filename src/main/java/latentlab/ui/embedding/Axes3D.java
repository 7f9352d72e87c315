package latentlab.ui.embedding;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import latentlab.ui.plot.PlotColors;
import latentlab.ui.plot.PlotSurface;

/**
 * The three axes of the 3D scatter in its world: a thin bar through the unit box along each axis
 * and its name ("z1", "PC2", "t-SNE 3") at the positive end. The names are turned back against the
 * world's rotation, so they always face the camera and read upright.
 */
final class Axes3D extends Group {

    private static final double THICKNESS = 0.6;
    /** How far beyond the box's face a name sits, as a share of the half-width. */
    private static final double LABEL_OUT = 1.12;

    private final Box[] bars = new Box[3];
    private final Text[] names = new Text[3];

    /** @param half half the width of the box the points fill, in world units */
    Axes3D(double half) {
        bars[0] = new Box(2 * half, THICKNESS, THICKNESS);
        bars[1] = new Box(THICKNESS, 2 * half, THICKNESS);
        bars[2] = new Box(THICKNESS, THICKNESS, 2 * half);
        // World y points down: the positive end of the second axis is drawn upward.
        double[][] ends = {{half * LABEL_OUT, 0, 0}, {0, -half * LABEL_OUT, 0}, {0, 0, half * LABEL_OUT}};
        for (int k = 0; k < 3; k++) {
            names[k] = new Text();
            names[k].setId("axis-3d-" + k);
            names[k].setFont(Font.font(10));
            names[k].getTransforms().setAll(new Translate(ends[k][0], ends[k][1], ends[k][2]),
                    new Rotate(0, Rotate.Y_AXIS), new Rotate(0, Rotate.X_AXIS));
            bars[k].setMouseTransparent(true);
            names[k].setMouseTransparent(true);
        }
        getChildren().addAll(bars);
        getChildren().addAll(names);
    }

    /** The axes' names, first to third; an empty name hides its label. */
    void setNames(List<String> axisNames) {
        for (int k = 0; k < 3; k++) {
            names[k].setText(k < axisNames.size() ? axisNames.get(k) : "");
        }
    }

    /** Turns the names to face a camera that sees the world through {@code yawDegrees} and {@code pitchDegrees}. */
    void faceCamera(double yawDegrees, double pitchDegrees) {
        for (Text name : names) {
            // The world applies pitch, then yaw; undoing them in reverse order leaves the text flat to the screen.
            ((Rotate) name.getTransforms().get(1)).setAngle(-yawDegrees);
            ((Rotate) name.getTransforms().get(2)).setAngle(-pitchDegrees);
        }
    }

    void setColors(PlotColors colors) {
        PhongMaterial material = new PhongMaterial(PlotSurface.color(colors.muted()));
        for (int k = 0; k < 3; k++) {
            bars[k].setMaterial(material);
            names[k].setFill(PlotSurface.color(colors.ink()));
        }
    }

    /** The name labels, for tests. */
    List<Text> names() {
        return List.of(names);
    }
}
