package latentlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that an output path can be written. */
final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * Refuses {@code path} when a part of it is a file or its nearest existing folder cannot be
     * written: a run should not train for an hour and then fail to save.
     */
    static void requireWritableFolder(Path path, String option) throws BadInputException {
        Path p = path.toAbsolutePath().normalize();
        for (Path up = p.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new BadInputException(option + " " + path + ": " + up + " is a file, not a folder");
                }
                if (!Files.isWritable(up)) {
                    throw new BadInputException(option + " " + path + ": the folder " + up + " cannot be written");
                }
                return;
            }
        }
    }
}
