package latentlab.app;

import javafx.application.Application;
import latentlab.cli.LatentLabCommand;
import latentlab.model.engine.Engines;
import org.slf4j.LoggerFactory;

/**
 * Entry point: with no arguments opens the window, otherwise runs a command headless.
 *
 * <p>A plain class (not an {@link Application}) so that {@code java -jar} works with JavaFX on
 * the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Logs.start();
        LoggerFactory.getLogger(Launcher.class).info("LatentLab {} on Java {} ({} {}): {}",
                java.util.Objects.requireNonNullElse(Launcher.class.getPackage().getImplementationVersion(),
                        "development build"), Runtime.version(),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                args.length == 0 ? "the window" : String.join(" ", args));
        if (args.length == 0) {
            Engines.configure(Engines.Mode.DESKTOP);
            Application.launch(LatentLabApp.class);
            return;
        }
        Engines.configure(Engines.Mode.HEADLESS);
        int status = LatentLabCommand.commandLine().execute(args);
        System.exit(status);
    }
}
