package latentlab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log: what LatentLab and DJL log through SLF4J (bound to java.util.logging) goes to a
 * rotating file under {@code ~/.latentlab/logs/}, never to the terminal, which stays for the
 * messages meant for the user.
 *
 * <p>The folder is {@code -Dlatentlab.logs=DIR}, else the environment variable
 * {@code LATENTLAB_LOGS} (which child processes inherit, so tests keep theirs under
 * {@code target/}), else {@code ~/.latentlab/logs}.
 */
public final class Logs {
    public static final String DIRECTORY_PROPERTY = "latentlab.logs";
    public static final String DIRECTORY_ENV = "LATENTLAB_LOGS";
    /** The newest file is {@code latentlab-0.log}; older ones move up to {@code latentlab-4.log}. */
    static final String FILE_PATTERN = "latentlab-%g.log";
    static final int LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILE_COUNT = 5;

    private Logs() {
    }

    /** The folder that holds the log files. */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(DIRECTORY_ENV);
        }
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".latentlab", "logs");
    }

    /**
     * Sends the log to {@link #directory()} and logs what no thread catches; call first thing in
     * main. Where the folder cannot be written, only warnings and errors reach the terminal.
     */
    public static synchronized void start() {
        try {
            install(directory(), LIMIT_BYTES, FILE_COUNT);
        } catch (IOException | RuntimeException e) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.WARNING);
            console.setFormatter(new LineFormat());
            replaceHandlers(List.of(console), Level.INFO);
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING,
                    "cannot write the log in " + directory() + "; warnings go to the terminal", e);
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                LoggerFactory.getLogger(Logs.class).error("uncaught on thread {}", t.getName(), e));
    }

    /**
     * Replaces the root logger's handlers with a rotating file in {@code dir}. Closing the result
     * puts back the handlers that were there before (for tests, which share one JVM).
     */
    static AutoCloseable install(Path dir, int limitBytes, int count) throws IOException {
        Files.createDirectories(dir);
        // FileHandler reads '%' in its pattern as a field; the folder's name is taken as it is.
        String pattern = dir.toAbsolutePath().toString().replace("%", "%%") + "/" + FILE_PATTERN;
        FileHandler file = new FileHandler(pattern, limitBytes, count, true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(new LineFormat());
        file.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        Level levelBefore = root.getLevel();
        replaceHandlers(List.of(file), Level.INFO);
        return () -> {
            replaceHandlers(before, levelBefore);
            file.close();
        };
    }

    private static void replaceHandlers(List<Handler> handlers, Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        handlers.forEach(root::addHandler);
        root.setLevel(level);
    }

    /** One line per record in SLF4J's level names, then the stack trace if there is one. */
    static final class LineFormat extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(160);
            // Handlers publish on the logging thread, so this is the thread that logged.
            sb.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(String.format("%-5s", levelName(r.getLevel()))).append(" [")
                    .append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }

        private static String levelName(Level level) {
            int v = level.intValue();
            if (v >= Level.SEVERE.intValue()) {
                return "ERROR";
            } else if (v >= Level.WARNING.intValue()) {
                return "WARN";
            } else if (v >= Level.INFO.intValue()) {
                return "INFO";
            } else if (v >= Level.FINE.intValue()) {
                return "DEBUG";
            }
            return "TRACE";
        }
    }
}
