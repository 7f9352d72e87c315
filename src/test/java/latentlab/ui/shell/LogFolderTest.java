package latentlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import latentlab.ui.task.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > Open log folder where the system cannot show folders (the tests run headless). */
class LogFolderTest {
    @TempDir
    Path tmp;

    @Test
    void withoutADesktopTheMessageSaysWhereTheLogIs() {
        Path logs = tmp.resolve("logs");
        MainViewModel model = new MainViewModel(new SameThreadExecutor(), logs);
        model.openLogFolder();
        assertEquals("The log folder could not be opened (there is no desktop to show it on). The log is in "
                + logs, model.errorProperty().get());
        assertTrue(Files.isDirectory(logs), "the folder exists for the user to find");
    }
}
