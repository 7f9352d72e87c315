package latentlab.train.checkpoint;

import java.io.IOException;

/**
 * Called between the steps of a save, so that tests can stop a save at any point (throw, or
 * halt the process) and check what survives.
 */
@FunctionalInterface
public interface SaveHook {
    SaveHook NONE = stage -> { };

    /** Stages: each file's name once it is written, "synced", "moved-aside", "renamed". */
    void at(String stage) throws IOException;
}
