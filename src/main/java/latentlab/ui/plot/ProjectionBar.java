package latentlab.ui.plot;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import latentlab.latent.ProjectionMethod;

/**
 * The projection controls above an embedding: method (unavailable ones greyed with the reason),
 * the latent axes shown by the axes method, the subsample size of t-SNE/UMAP, recompute, and the
 * progress of a running projection.
 */
public final class ProjectionBar extends FlowPane {

    private final ComboBox<ProjectionMethod> method = new ComboBox<>();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();

    public ProjectionBar(ProjectionRunner runner, Runnable recompute, Runnable fit) {
        // Controls wrap to a second row in a narrow view rather than be cut short.
        setHgap(6);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        method.setId("projection-method");
        method.setItems(runner.methods());
        // Not a two-way binding: while its items are replaced the box holds no value, and that
        // empty moment must not reach the runner as a method.
        method.setValue(runner.methodProperty().get());
        method.valueProperty().addListener((o, a, m) -> {
            if (m != null) {
                runner.methodProperty().set(m);
            }
        });
        runner.methodProperty().addListener((o, a, m) -> method.setValue(m));
        runner.methods().addListener((javafx.collections.ListChangeListener<ProjectionMethod>) c ->
                method.setValue(runner.methodProperty().get()));
        method.setCellFactory(l -> new MethodCell());
        method.disableProperty().bind(Bindings.size(runner.methods()).lessThan(2));

        HBox axes = new HBox(4, new Label("axes"));
        for (int k = 0; k < runner.outDim(); k++) {
            int plotAxis = k;
            Spinner<Integer> s = new Spinner<>(1, 1024, runner.axis(k) + 1);
            s.setId("axis-" + k);
            s.setPrefWidth(64);
            s.valueProperty().addListener((o, a, b) -> {
                runner.setAxis(plotAxis, b - 1);
                recompute.run();
            });
            axes.getChildren().add(s);
        }
        axes.visibleProperty().bind(runner.methodProperty().isEqualTo(ProjectionMethod.AXES)
                .and(Bindings.size(runner.methods()).greaterThan(1)));
        axes.managedProperty().bind(axes.visibleProperty());

        Spinner<Integer> sample = new Spinner<>(200, 70_000, runner.maxSampleProperty().get(), 500);
        sample.setEditable(true);
        sample.setPrefWidth(90);
        sample.getValueFactory().valueProperty().addListener((o, a, b) -> runner.maxSampleProperty().set(b));
        HBox sampleBox = new HBox(4, new Label("subsample"), sample);
        sampleBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> runner.methodProperty().get() != null && runner.methodProperty().get().isSubsampled(),
                runner.methodProperty()));
        sampleBox.managedProperty().bind(sampleBox.visibleProperty());

        Button again = new Button("Recompute");
        again.setOnAction(e -> recompute.run());
        Button frame = new Button("Fit");
        frame.setTooltip(new Tooltip("Frame all points"));
        frame.setOnAction(e -> fit.run());
        progress.setPrefWidth(90);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.busyProperty());
        status.setId("projection-status");
        status.textProperty().bind(runner.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(new Label("Projection"), method, axes, sampleBox, again, frame, progress, status);
    }

    /** Adds the view's own options after the projection's buttons, before its progress. */
    public void addOptions(java.util.List<? extends javafx.scene.Node> options) {
        getChildren().addAll(getChildren().indexOf(progress), options);
    }

    public ComboBox<ProjectionMethod> methodBox() {
        return method;
    }

    /** Shows an unavailable method greyed out, with the reason as its tooltip. */
    private static final class MethodCell extends ListCell<ProjectionMethod> {
        @Override
        protected void updateItem(ProjectionMethod m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setDisable(false);
                setTooltip(null);
                return;
            }
            var reason = m.unavailableReason();
            setText(reason.isPresent() ? m + " (unavailable)" : m.toString());
            setDisable(reason.isPresent());
            setTooltip(reason.map(Tooltip::new).orElse(null));
        }
    }
}
