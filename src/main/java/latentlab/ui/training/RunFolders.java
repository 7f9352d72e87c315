package latentlab.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where runs started from the window keep their checkpoints: one folder per run under the runs
 * folder ({@code ~/.latentlab/runs}, or {@code -Dlatentlab.runs=DIR}), named by its start time and
 * what it trains, so no run overwrites another's.
 */
public final class RunFolders {
    private RunFolders() {
    }

    /** {@code runsDir/yyyyMMdd-HHmmss-NAME}; the runs folder is created, the run's own folder is not. */
    public static Path create(Path runsDir, String name) throws IOException {
        Path dir = runsDir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + name);
        Files.createDirectories(dir.getParent());
        return dir;
    }
}
