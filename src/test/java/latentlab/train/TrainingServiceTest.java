package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import latentlab.model.Settings;
import latentlab.data.DataSplit;
import latentlab.model.ParamSnapshot;
import latentlab.train.TrainingEvent.BatchLosses;
import latentlab.train.TrainingEvent.EpochEnded;
import latentlab.train.checkpoint.Checkpoint;
import latentlab.train.checkpoint.Checkpoints;
import latentlab.train.checkpoint.EpochMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingServiceTest {
    static final DataSplit DATA = TrainingFixtures.data(600, 120);
    static TrainingService service;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        service = new TrainingService(TrainingFixtures.factory());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Every event with the time it arrived. */
    static final class Recorder implements TrainingListener {
        final List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        final List<Long> times = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onEvent(TrainingEvent e) {
            events.add(e);
            times.add(System.currentTimeMillis());
        }

        <T extends TrainingEvent> List<T> all(Class<T> type) {
            synchronized (events) {
                return events.stream().filter(type::isInstance).map(type::cast).toList();
            }
        }

        List<EpochMetrics> epochs(String session) {
            return all(EpochEnded.class).stream().filter(e -> e.sessionId().equals(session))
                    .map(EpochEnded::metrics).toList();
        }
    }

    static TrainingPlan plan(int epochs, long seed, SessionConfig... sessions) {
        return new TrainingPlan(DATA, List.of(sessions), epochs, 32, 0.01, seed, 16, 100);
    }

    static Recorder train(TrainingPlan plan) throws InterruptedException, java.io.IOException {
        Recorder r = new Recorder();
        TrainingRun run = service.start(plan, r);
        TrainingEvent end = run.await(120, TimeUnit.SECONDS);
        assertNotNull(end, "the run did not end");
        assertTrue(end.endsRun());
        assertEquals(end, r.events.get(r.events.size() - 1), "the terminal event is the last one");
        return r;
    }

    @Test
    void sameSeedGivesTheSameLossCurveAndModelsInLockstepDoNotDisturbEachOther() throws Exception {
        Recorder a = train(plan(3, 7, SessionConfig.fresh("m", TrainingFixtures.spec(), null)));
        Recorder b = train(plan(3, 7, SessionConfig.fresh("m", TrainingFixtures.spec(), null),
                SessionConfig.fresh("other", TrainingFixtures.spec().with(Settings.HIDDEN, List.of(8)), null)));
        Recorder c = train(plan(3, 8, SessionConfig.fresh("m", TrainingFixtures.spec(), null)));

        assertInstanceOf(TrainingEvent.Completed.class, a.events.get(a.events.size() - 1));
        List<EpochMetrics> curve = a.epochs("m");
        assertEquals(3, curve.size());
        assertEquals(curve, b.epochs("m"), "same seed, same curve, with or without a second model beside it");
        assertEquals(3, b.epochs("other").size());
        assertNotEquals(curve, c.epochs("m"), "another seed gives another curve");
        assertTrue(curve.get(2).train().get("total") < curve.get(0).train().get("total"), "the loss goes down");
        assertTrue(curve.get(0).validation().containsKey("reconstruction"), "every term is reported");
    }

    @Test
    void resumingFromACheckpointContinuesTheCurveExactly() throws Exception {
        Recorder straight = train(plan(4, 3, SessionConfig.fresh("m", TrainingFixtures.spec(), tmp.resolve("a"))));
        Recorder first = train(plan(2, 3, SessionConfig.fresh("m", TrainingFixtures.spec(), tmp.resolve("b"))));
        Checkpoint half = Checkpoints.load(tmp.resolve("b"), TrainingFixtures.spec());
        assertEquals(2, half.info().epoch());
        Recorder second = train(plan(4, 3, SessionConfig.resume("m", half, tmp.resolve("b"))));

        assertEquals(straight.epochs("m").subList(0, 2), first.epochs("m"));
        assertEquals(straight.epochs("m").subList(2, 4), second.epochs("m"));
        Checkpoint a = Checkpoints.load(tmp.resolve("a"));
        Checkpoint b = Checkpoints.load(tmp.resolve("b"));
        assertEquals(4, b.info().epoch());
        assertEquals(a.info().history(), b.info().history());
        for (String k : a.parameters().values().keySet()) {
            assertArrayEquals(a.parameters().values().get(k).data(), b.parameters().values().get(k).data(), k);
        }
    }

    @Test
    void aDivergingModelStopsWithAClearMessageAndKeepsItsLastGoodCheckpoint() throws Exception {
        int batches = (DATA.train().size() + 31) / 32;
        try (TrainingService nan = new TrainingService((spec, m, seed) -> {
            TinyAutoencoder model = new TinyAutoencoder(spec, m, seed);
            model.nanFromStep = batches + 3;
            return model;
        })) {
            Recorder r = new Recorder();
            Path dir = tmp.resolve("run");
            TrainingEvent end = nan.start(plan(5, 1, SessionConfig.fresh("m", TrainingFixtures.spec(), dir)), r)
                    .await(60, TimeUnit.SECONDS);
            TrainingEvent.Diverged d = assertInstanceOf(TrainingEvent.Diverged.class, end);
            assertEquals("training diverged at epoch 2 (learning rate 0.01): the loss became NaN", d.message());
            assertTrue(d.endsRun());
            assertEquals(1, Checkpoints.load(dir, TrainingFixtures.spec()).info().epoch());
        }
    }

    @Test
    void stoppingMidEpochSavesNothingOfThatEpoch() throws Exception {
        Recorder r = new Recorder();
        Path dir = tmp.resolve("run");
        CountDownLatch secondEpoch = new CountDownLatch(1);
        TrainingRun run = service.start(new TrainingPlan(DATA, List.of(SessionConfig.fresh("m",
                TrainingFixtures.spec(), dir)), 50, 4, 0.01, 1, 16, 100), e -> {
                    r.onEvent(e);
                    if (e instanceof BatchLosses b && b.epoch() == 2) {
                        secondEpoch.countDown();
                    }
                });
        assertTrue(secondEpoch.await(60, TimeUnit.SECONDS));
        run.pause();
        // While paused, a snapshot is there to decode from.
        assertNotNull(run.latestSnapshot("m"));
        run.stop();
        TrainingEvent end = run.await(60, TimeUnit.SECONDS);
        assertInstanceOf(TrainingEvent.Cancelled.class, end);
        assertEquals(1, Checkpoints.load(dir).info().epoch());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList(), "no partial checkpoint is left");
        }
    }

    @Test
    void listenersGetCoalescedBatchLossesAPanelAndAnEmbedding() throws Exception {
        Recorder r = train(new TrainingPlan(DATA, List.of(SessionConfig.fresh("m", TrainingFixtures.spec(), null)),
                3, 4, 0.01, 1, 16, 100));
        List<BatchLosses> batches = r.all(BatchLosses.class);
        // How often they come is ProgressReporterTest's business, on a clock of its own; here:
        // every epoch ends with its flush, and every event carries the losses.
        assertEquals(3, batches.stream().filter(b -> b.batch() == b.batchesPerEpoch()).count());
        assertTrue(batches.stream().allMatch(b -> b.losses().get("m").containsKey("total")));
        assertEquals(1.0, batches.get(batches.size() - 1).progress(), 1e-9);

        List<TrainingEvent.Reconstructions> panels = r.all(TrainingEvent.Reconstructions.class);
        assertEquals(4, panels.size(), "one panel before training and one per epoch");
        TrainingEvent.Reconstructions last = panels.get(3);
        assertEquals(16, last.labels().length);
        assertEquals(16 * 64, last.originals().length);
        assertEquals(16 * 64, last.reconstructions().length);
        assertArrayEquals(new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3}, last.labels());

        TrainingEvent.Embedding emb = r.all(TrainingEvent.Embedding.class).get(3);
        assertEquals(100, emb.indices().length);
        assertEquals(100 * 2, emb.codes().length);
        assertEquals(DATA.validation().label(emb.indices()[7]), emb.labels()[7]);
    }

    @Test
    void aSnapshotDecodesOnAnotherThreadLikeTheTrainedModel() throws Exception {
        Recorder r = new Recorder();
        TrainingRun run = service.start(plan(2, 5, SessionConfig.fresh("m", TrainingFixtures.spec(), null)), r);
        run.await(60, TimeUnit.SECONDS);
        ParamSnapshot snap = run.latestSnapshot("m");
        TrainingEvent.Reconstructions panel = r.all(TrainingEvent.Reconstructions.class).get(2);
        ExecutorService decoder = Executors.newSingleThreadExecutor();
        try {
            float[] got = decoder.submit(() -> {
                try (SnapshotCodec codec = new SnapshotCodec(TrainingFixtures.factory(), TrainingFixtures.spec(),
                        snap)) {
                    return codec.reconstruct(panel.originals(), panel.labels());
                }
            }).get(60, TimeUnit.SECONDS);
            assertArrayEquals(panel.reconstructions(), got, 1e-5f);
        } finally {
            decoder.shutdown();
        }
    }

    @Test
    void aClosedFormModelIsFittedOnceBesideAGradientModel() throws Exception {
        java.util.List<MeanImageModel> built = new java.util.ArrayList<>();
        ModelFactory factory = (spec, m, seed) -> {
            if (spec.kind().isClosedForm()) {
                MeanImageModel model = new MeanImageModel(spec, m);
                built.add(model);
                return model;
            }
            return new TinyAutoencoder(spec, m, seed);
        };
        latentlab.model.ModelSpec pca = latentlab.model.ModelSpec.defaults(latentlab.model.ModelKind.PCA, 2)
                .fittedTo(TrainingFixtures.SIDE, 4);
        Recorder r = new Recorder();
        Path dir = tmp.resolve("pca");
        try (TrainingService s = new TrainingService(factory)) {
            TrainingEvent end = s.start(plan(3, 1, SessionConfig.fresh("pca", pca, dir),
                    SessionConfig.fresh("ae", TrainingFixtures.spec(), null)), r).await(60, TimeUnit.SECONDS);
            assertInstanceOf(TrainingEvent.Completed.class, end);
        }
        assertEquals(1, built.size());
        assertEquals(1, built.get(0).fits, "fitted once, on the training set");
        List<EpochMetrics> curve = r.epochs("pca");
        assertEquals(3, curve.size());
        assertEquals(curve.get(0).validation(), curve.get(2).validation(), "nothing changes after the fit");
        assertEquals(3, r.epochs("ae").size());
        Checkpoint c = Checkpoints.load(dir, pca);
        assertTrue(c.optimizer().isEmpty());
        // The fitted mean image decodes back from the checkpoint.
        float[] mean = c.parameters().values().get("mean").data();
        float[] want = new float[mean.length];
        for (int i = 0; i < DATA.train().size(); i++) {
            for (int j = 0; j < want.length; j++) {
                want[j] += DATA.train().pixels()[i * want.length + j] / DATA.train().size();
            }
        }
        assertArrayEquals(want, mean, 1e-4f);
    }

    @Test
    void aNewLearningRateAppliesFromTheNextEpoch() throws Exception {
        Recorder r = new Recorder();
        TrainingRun[] handle = new TrainingRun[1];
        CountDownLatch started = new CountDownLatch(1);
        handle[0] = service.start(plan(3, 1, SessionConfig.fresh("m", TrainingFixtures.spec(), null)), e -> {
            r.onEvent(e);
            try {
                started.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            // Asked in the middle of the first epoch (the listener runs between two batches).
            if (e instanceof BatchLosses b && b.epoch() == 1 && r.all(BatchLosses.class).size() == 1) {
                handle[0].setLearningRate(0.002);
            }
        });
        started.countDown();
        TrainingRun run = handle[0];
        assertInstanceOf(TrainingEvent.Completed.class, run.await(60, TimeUnit.SECONDS));
        List<EpochMetrics> curve = r.epochs("m");
        assertEquals(0.01, curve.get(0).learningRate(), "the epoch in progress keeps its rate");
        assertEquals(0.002, curve.get(1).learningRate());
        assertEquals(0.002, curve.get(2).learningRate());
        assertEquals(1, r.all(TrainingEvent.LearningRateChanged.class).size());
    }
}
