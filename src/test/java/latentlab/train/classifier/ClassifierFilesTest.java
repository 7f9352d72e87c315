package latentlab.train.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.model.ParamSnapshot;
import latentlab.model.Tensor;
import latentlab.model.classifier.ReferenceCnn;
import latentlab.train.checkpoint.CheckpointException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A classifier folder round-trips, and a damaged one is refused in one line that says what is wrong. */
class ClassifierFilesTest {
    @TempDir
    Path tmp;

    private static ClassifierTraining.Result result() {
        Map<String, Tensor> values = new LinkedHashMap<>();
        values.put("logits.bias", new Tensor(new long[] {10}, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        ClassifierInfo info = new ClassifierInfo(ReferenceCnn.ARCHITECTURE, "mnist", 9000, 1000, 1, 2, 64, 2e-3,
                List.of(new ClassifierInfo.Epoch(1, 0.5, 0.9), new ClassifierInfo.Epoch(2, 0.25, 0.955)));
        return new ClassifierTraining.Result(new ParamSnapshot(values), info);
    }

    @Test
    void roundTripsWithItsCard() throws Exception {
        Path dir = tmp.resolve("classifier");
        ClassifierFiles.save(dir, result(), "java -jar target/latentlab.jar classifier train --out " + dir);
        ClassifierFiles.Loaded back = ClassifierFiles.load(dir);
        assertEquals(result().info(), back.info());
        assertEquals(10f, back.parameters().values().get("logits.bias").data()[9]);
        String card = Files.readString(dir.resolve(ClassifierFiles.CARD));
        assertTrue(card.contains("| Validation accuracy | **95.50%** (955 of 1,000 validation images) |"), card);
        assertTrue(card.contains("classifier train --out " + dir), card);
    }

    @Test
    void refusesDamagedOrMissingFiles() throws Exception {
        Path dir = tmp.resolve("classifier");
        ClassifierFiles.save(dir, result(), "cmd");
        byte[] params = Files.readAllBytes(dir.resolve(ClassifierFiles.PARAMS));
        params[params.length - 1] ^= 1;
        Files.write(dir.resolve(ClassifierFiles.PARAMS), params);
        CheckpointException e = assertThrows(CheckpointException.class, () -> ClassifierFiles.load(dir));
        assertEquals("classifier " + dir + ": params.bin does not match the SHA-256 recorded in classifier.json;"
                + " the file is damaged or was replaced", e.getMessage());

        Files.delete(dir.resolve(ClassifierFiles.JSON));
        e = assertThrows(CheckpointException.class, () -> ClassifierFiles.load(dir));
        assertEquals("classifier " + dir + ": classifier.json is missing; is this a classifier folder (latentlab"
                + " classifier train --out DIR)?", e.getMessage());
    }

    @Test
    void refusesToWriteIntoAFolderOfOtherFiles() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> ClassifierFiles.save(tmp, result(), "cmd"));
        assertTrue(e.getMessage().contains("holds other files than a classifier's"), e.getMessage());
        assertEquals(List.of(tmp.resolve("notes.txt")), Files.list(tmp).toList());
    }
}
