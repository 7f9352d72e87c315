package latentlab.ui.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.train.SessionConfig;
import latentlab.train.TrainingEvent;
import latentlab.train.TrainingPlan;
import latentlab.train.TrainingRun;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.ui.task.BackgroundTask;
import latentlab.ui.task.TaskExecutor;
import latentlab.ui.workspace.ModelState;

/** The models a run feeds, one per session: each event of a session goes to its model only. */
final class RunModels {
    private final Map<String, ModelState> bySession = new LinkedHashMap<>();
    private final TrainingRun run;
    /** The last epoch any session saved: what a run that feeds no workspace has kept. */
    private int lastSaved;

    /** Session {@code i} of {@code plan} feeds {@code models.get(i)}, which now begin training. */
    RunModels(TrainingPlan plan, List<ModelState> models, TrainingRun run) {
        this.run = run;
        for (int i = 0; i < models.size(); i++) {
            SessionConfig s = plan.sessions().get(i);
            bySession.put(s.id(), models.get(i));
            models.get(i).begin(s.id(), s.spec(), plan.data().sourceId(), plan.learningRate(), s.resumeFrom() != null);
        }
    }

    /** One model per session, or none for a run that feeds no workspace (a sweep). */
    static void checkSizes(TrainingPlan plan, List<ModelState> models) {
        if (!models.isEmpty() && models.size() != plan.sessions().size()) {
            throw new IllegalArgumentException(plan.sessions().size() + " sessions for " + models.size() + " models");
        }
    }

    int size() {
        return bySession.size();
    }

    /** Hands {@code event} to the model of its session, and batch losses to every model. */
    void route(TrainingEvent event) {
        if (event instanceof TrainingEvent.BatchLosses b) {
            bySession.values().forEach(m -> m.onBatch(b, run));
            return;
        }
        if (event instanceof TrainingEvent.CheckpointSaved c) {
            lastSaved = Math.max(lastSaved, c.epoch());
        }
        String session = sessionOf(event);
        ModelState m = session == null ? null : bySession.get(session);
        if (m != null) {
            m.onSessionEvent(event, run);
        }
    }

    /** The last epoch that session {@code id} (null: the first) kept a checkpoint of, 0 for none. */
    int kept(String id) {
        if (bySession.isEmpty()) {
            return lastSaved;
        }
        ModelState m = id == null ? bySession.values().iterator().next() : bySession.get(id);
        return m == null ? 0 : m.lastEpoch();
    }

    /**
     * The run ended: each model takes its last weights, and reloads its last checkpoint in the
     * background, so that Train with the same settings continues from there.
     */
    void end(TaskExecutor executor) {
        for (ModelState m : bySession.values()) {
            m.end(run);
            Path done = m.lastCheckpoint();
            if (done != null) {
                BackgroundTask.wrap(() -> Checkpoints.load(done)).onSuccess(m::setContinuable)
                        .onFailure(e -> m.setContinuable(null)).executeWith(executor);
            }
        }
    }

    /** The session an event belongs to, or null for an event of the whole run. */
    private static String sessionOf(TrainingEvent event) {
        if (event instanceof TrainingEvent.EpochEnded e) {
            return e.sessionId();
        } else if (event instanceof TrainingEvent.Reconstructions r) {
            return r.sessionId();
        } else if (event instanceof TrainingEvent.Embedding m) {
            return m.sessionId();
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            return c.sessionId();
        }
        return null;
    }
}
