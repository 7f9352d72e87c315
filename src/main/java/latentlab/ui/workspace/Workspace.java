package latentlab.ui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import latentlab.data.DataSplit;
import latentlab.latent.Codec;
import latentlab.latent.EmbeddingData;
import latentlab.train.ModelFactory;
import latentlab.train.SnapshotCodec;
import latentlab.ui.common.CodecAccess;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.WorkerPool;
import latentlab.ui.task.Workers;

/**
 * One model and everything that looks into it: its training ({@link ModelState}), its codec on an
 * inference thread of its own, the samples and codes it shows, and one view of each registered
 * kind. The window holds one workspace, or two side by side; each decodes with its own model only,
 * and closing one leaves the other as it was.
 */
public final class Workspace implements AutoCloseable {
    private final String title;
    private final WorkerPool inference;
    private final CodecAccess codecs;
    private final ModelFactory factory;
    private final Consumer<String> onError;
    private final ModelState model = new ModelState();
    private final Map<ViewRegistration, WorkspaceView> views = new LinkedHashMap<>();
    private final ViewUpdates updates;
    private final WorkspaceCodes codes = new WorkspaceCodes();
    private final ReadOnlyObjectWrapper<EmbeddingData> shown = new ReadOnlyObjectWrapper<>();
    private volatile DataSplit data;

    /**
     * @param title the name shown above its views when two are side by side
     * @param registrations the kinds of view it shows, in tab order
     * @param onError where messages for the user go
     */
    public Workspace(String title, Workers workers, ModelFactory factory, List<ViewRegistration> registrations,
            Consumer<String> onError) {
        this.title = title;
        this.inference = workers.newInference("inference-" + title.toLowerCase(java.util.Locale.ROOT));
        this.codecs = new CodecAccess(inference);
        this.factory = factory;
        this.onError = onError;
        ViewContext context = new ViewContext(title, codecs, workers.projections(), model, () -> data);
        for (ViewRegistration r : registrations) {
            views.put(r, r.factory().apply(context));
        }
        this.updates = new ViewUpdates(new ArrayList<>(views.values()), shown::set);
        followModel();
    }

    private void followModel() {
        model.modelProperty().addListener((o, old, m) -> {
            if (m == null) {
                return;
            }
            if (old == null || !old.spec().equals(m.spec())) {
                updates.model(m.spec(), data != null ? data.train().classNames() : List.of());
            }
            useWeights(m);
            // An opened checkpoint shows its codes at once; a run shows its live codes instead.
            if (!model.trainingProperty().get()) {
                embedWholeDataSet();
            }
        });
        model.embeddingProperty().addListener((o, old, e) -> {
            if (e != null && data != null && model.spec() != null) {
                updates.updateCodes(codes.live(e, data.validation(), updates.shown()), WorkspaceCodes.LIVE_SAMPLES,
                        model.spec().kind().isVariational());
            }
        });
        model.trainingProperty().addListener((o, was, now) -> {
            if (was && !now) {
                embedWholeDataSet();
            }
        });
    }

    /** The data set to show; its images are encoded with the current model. */
    public void setData(DataSplit split) {
        data = split;
        embedWholeDataSet();
    }

    /** Brings the views on screen up to date (one came into view). */
    public void refresh() {
        updates.refresh();
    }

    /**
     * Decoding follows new weights: the codec is updated (or built) on the inference thread, and a
     * newer snapshot replaces an older one not yet loaded.
     */
    private void useWeights(TrainedModel m) {
        BackgroundTask.wrap(() -> {
            Codec current = codecs.codec();
            Codec next;
            if (current instanceof SnapshotCodec sc && sc.spec().equals(m.spec())) {
                sc.update(m.parameters());
                next = sc;
            } else {
                next = new SnapshotCodec(factory, m.spec(), m.parameters());
            }
            codecs.setCodec(next);
            return next;
        }).keyed("weights").onSuccess(next -> updates.weightsChanged())
                .onFailure(e -> onError.accept("The model could not be loaded for decoding: " + e.getMessage()))
                .executeWith(inference);
    }

    /** Encodes every image of the data set with the current model, and shows them all. */
    private void embedWholeDataSet() {
        DataSplit d = data;
        TrainedModel m = model.modelProperty().get();
        if (d == null || m == null || d.train().pixelsPerImage() != m.spec().inputSize()) {
            return;
        }
        boolean variational = m.spec().kind().isVariational();
        BackgroundTask.wrap(() -> WorkspaceCodes.wholeSet(codecs.codec(), d)).keyed("whole-set").onSuccess(all -> {
            if (all != null) {
                codes.forgetLive();
                updates.showData(all, WorkspaceCodes.ALL_SAMPLES, variational);
            }
        }).onFailure(e -> onError.accept("The data set could not be encoded: " + e.getMessage()))
                .executeWith(inference);
    }

    public String title() {
        return title;
    }

    /** Its training: what a run or an opened checkpoint feeds. */
    public ModelState model() {
        return model;
    }

    /** Its model on its inference thread, for work across its views (e.g. hole maps, traversals). */
    public CodecAccess codecs() {
        return codecs;
    }

    /** Its view of the kind {@code registration}. */
    public WorkspaceView view(ViewRegistration registration) {
        return views.get(registration);
    }

    /** Its first view of type {@code type}; for tests. */
    public <T extends WorkspaceView> T view(Class<T> type) {
        return views.values().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " is registered"));
    }

    /** The samples its views show, or null. */
    public EmbeddingData shown() {
        return updates.shown();
    }

    /**
     * The samples its views show with their latest codes, or null: a new value for each new set of
     * samples and each new set of codes (several a second in training), on the FX thread.
     */
    public ReadOnlyObjectProperty<EmbeddingData> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Waits (off the FX thread) until its inference thread is idle; for tests and benchmarks. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        return inference.awaitIdle(millis, TimeUnit.MILLISECONDS);
    }

    /** Ends its inference thread, closing its codec there; the other workspaces are untouched. */
    @Override
    public void close() {
        inference.close(() -> {
            Codec c = codecs.codec();
            if (c != null) {
                c.close();
            }
        });
    }
}
