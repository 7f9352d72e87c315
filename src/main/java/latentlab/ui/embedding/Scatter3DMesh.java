package latentlab.ui.embedding;

import java.util.BitSet;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import latentlab.ui.plot.PlotColors;
import latentlab.ui.plot.PlotSurface;

/**
 * The 3D scatter with JavaFX 3D: all points in ONE TriangleMesh (a small tetrahedron each),
 * coloured through texture coordinates into a one-row palette image, so 70,000 points are one
 * node, not 70,000, with the axes and their names ({@link Axes3D}). Used only when the platform
 * supports SCENE3D.
 */
public final class Scatter3DMesh extends Pane {

    private static final double BOX = 200;
    private static final float[] CORNERS = {1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, 1};
    private static final int[] FACES = {0, 1, 2, 0, 3, 1, 0, 2, 3, 1, 3, 2};

    private final Embedding3DViewModel vm;
    private final Group world = new Group();
    private final Group cloud = new Group();
    private final Axes3D axes = new Axes3D(BOX);
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final javafx.scene.layout.Region frame = PlotSurface.frame();
    private final javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colors = PlotSurface.follow(this);
    private boolean lastDark;
    private int[] meshPoints = new int[0];
    private int[] lastLabels;
    private BitSet lastHidden;
    private boolean queued;
    private double lastX;
    private double lastY;

    public Scatter3DMesh(Embedding3DViewModel vm) {
        this.vm = vm;
        world.getTransforms().addAll(pitch, yaw);
        world.getChildren().addAll(axes, cloud);
        axes.setColors(colors.get());
        camera.setNearClip(1);
        camera.setFarClip(5000);
        subScene = new SubScene(world, 520, 460, true, SceneAntialiasing.BALANCED);
        subScene.setCamera(camera);
        subScene.setFill(PlotSurface.color(colors.get().background()));
        colors.addListener((o, a, c) -> {
            subScene.setFill(PlotSurface.color(c.background()));
            axes.setColors(c);
            rebuild();
        });
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().addAll(subScene, frame);
        setPrefSize(520, 460);
        vm.revisionProperty().addListener((o, a, b) -> {
            if (!queued) {
                queued = true;
                Platform.runLater(this::rebuild);
            }
        });
        subScene.setOnMousePressed(e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        subScene.setOnMouseDragged(e -> {
            vm.rotate(e.getSceneX() - lastX, e.getSceneY() - lastY);
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        subScene.setOnScroll(e -> vm.zoom(Math.pow(1.0015, e.getDeltaY())));
        subScene.setOnMouseMoved(e -> {
            int face = e.getPickResult().getIntersectedFace();
            vm.hoverPlotted(face < 0 || face / 4 >= meshPoints.length ? -1 : meshPoints[face / 4]);
        });
        rebuild();
    }

    /** The theme's colours as this plot draws them. */
    public javafx.beans.property.ReadOnlyObjectProperty<PlotColors> colorsProperty() {
        return colors;
    }

    /** The mesh, for tests: 4 vertices and 4 faces per shown point. */
    public TriangleMesh mesh() {
        return cloud.getChildren().isEmpty() ? null : (TriangleMesh) ((MeshView) cloud.getChildren().get(0)).getMesh();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        PlotSurface.fit(frame, this);
    }

    private void rebuild() {
        queued = false;
        Orbit orbit = vm.orbit();
        yaw.setAngle(-Math.toDegrees(orbit.yaw()));
        pitch.setAngle(-Math.toDegrees(orbit.pitch()));
        // Far enough that the whole box, turned any way, and the axes' names fit the view at zoom 1.
        camera.setTranslateZ(-4.6 * BOX / orbit.zoom());
        axes.faceCamera(yaw.getAngle(), pitch.getAngle());
        axes.setNames(vm.axisNames());
        float[] unit = vm.unitPoints();
        int[] labels = vm.plottedLabels();
        int shown = 0;
        for (int label : labels) {
            if (!vm.isHidden(label)) {
                shown++;
            }
        }
        if (cloud.getChildren().size() == 1 && meshPoints.length == shown && sameSet(labels)
                && lastDark == colors.get().dark()) {
            return; // only the camera moved
        }
        int classes = 10;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        TriangleMesh mesh = new TriangleMesh();
        float r = (float) (labels.length > 20_000 ? 0.9 : 1.7);
        float[] points = new float[shown * 12];
        int[] faces = new int[shown * 24];
        meshPoints = new int[shown];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (vm.isHidden(labels[i])) {
                continue;
            }
            meshPoints[k] = i;
            for (int c = 0; c < 4; c++) {
                for (int a = 0; a < 3; a++) {
                    points[k * 12 + c * 3 + a] = (float) (unit[3 * i + a] * BOX) * (a == 1 ? -1 : 1) + r * CORNERS[c * 3 + a];
                }
            }
            for (int f = 0; f < 12; f++) {
                faces[k * 24 + 2 * f] = k * 4 + FACES[f];
                faces[k * 24 + 2 * f + 1] = labels[i];
            }
            k++;
        }
        float[] tex = new float[classes * 2];
        WritableImage palette = new WritableImage(classes, 1);
        for (int c = 0; c < classes; c++) {
            tex[2 * c] = (c + 0.5f) / classes;
            tex[2 * c + 1] = 0.5f;
            palette.getPixelWriter().setArgb(c, 0, colors.get().classArgb(c));
        }
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(tex);
        mesh.getFaces().setAll(faces);
        PhongMaterial material = new PhongMaterial();
        material.setDiffuseMap(palette);
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        cloud.getChildren().setAll(view);
        lastLabels = labels;
        lastDark = colors.get().dark();
        lastHidden = (BitSet) vm.hidden().clone();
    }

    private boolean sameSet(int[] labels) {
        return labels == lastLabels && vm.hidden().equals(lastHidden);
    }
}
