package latentlab.ui.common;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Shows a folder in the system's file manager. Blocks for a moment: call it off the FX thread. */
public final class Folders {
    private Folders() {
    }

    /**
     * Opens {@code folder} (made first if missing).
     *
     * @throws IOException if the folder cannot be made, or the system has no way to show folders
     *     (no desktop, as over SSH or in a headless session) or refused to
     */
    public static void open(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (GraphicsEnvironment.isHeadless()) {
            throw new IOException("there is no desktop to show it on");
        }
        IOException refused = null;
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(folder.toFile());
                return;
            } catch (IOException e) {
                refused = e;
            }
        }
        // AWT's Desktop needs GNOME's libraries on Linux; xdg-open covers the other desktops.
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") && onPath("xdg-open")) {
            Process p = new ProcessBuilder("xdg-open", folder.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                // xdg-open returns once a file manager has it; still running means it is starting one.
                if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() == 0) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IOException("no program on this system shows folders", refused);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
