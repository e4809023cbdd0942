package app.microlead.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where log records go: a small rolling log file in the data folder (three files of at most 1 MB
 * each) and, as much as the caller asks, the terminal.
 */
public final class Logs {

    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";

    /**
     * JavaFX's logger, held so that its filter stays (the logging system keeps loggers only weakly).
     * Microlead runs JavaFX from the class path everywhere (jar, packages, {@code mvn javafx:run}, tests),
     * on purpose: ControlsFX reaches into JavaFX internals that the module path closes. JavaFX warns
     * about that set-up at every start; the warning says nothing a user can act on, so it is dropped.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /** Flyway's logger, held for the same reason: its level would be lost with it. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private static FileHandler handler;

    private Logs() {
    }

    /**
     * The usual one-line format, with every quoted value and SQL statement cut out of messages and stack
     * traces ({@link Redaction}): the database's error messages carry the values that failed, which are
     * the user's journal text.
     */
    static final class RedactingFormatter extends SimpleFormatter {
        @Override
        public String format(LogRecord record) {
            return Redaction.redact(super.format(record));
        }
    }

    /** Drops JavaFX's warning about running from the class path. Call before the toolkit starts. */
    public static void quietJavaFxClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
    }

    /** The log file in {@code logsDir}, the terminal as before (the app's records show there too). */
    public static synchronized void init(Path logsDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        if (handler != null) {
            return;
        }
        try {
            handler = fileHandler(logsDir);
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                h.setFormatter(new RedactingFormatter()); // the terminal's handler too
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            FLYWAY.setLevel(Level.WARNING);
        } catch (IOException e) {
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING, "Cannot write log files to " + logsDir, e);
        }
    }

    /** The rolling log file of {@code logsDir}, values cut out of what it writes. */
    static FileHandler fileHandler(Path logsDir) throws IOException {
        Files.createDirectories(logsDir);
        FileHandler file = new FileHandler(logsDir.resolve("microlead.%g.log").toString(), 1_000_000, 3, true);
        FileSync.restrictTreeToOwner(logsDir);
        file.setFormatter(new RedactingFormatter());
        file.setEncoding("UTF-8");
        return file;
    }

    /**
     * What the terminal shows of the log: {@code Level.OFF} for a command, whose terminal gets only its
     * own output and errors; {@code Level.INFO} or lower with {@code --verbose}.
     */
    public static synchronized void terminal(Level level) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Logger root = Logger.getLogger("");
        boolean found = false;
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(level);
                found = true;
            }
        }
        if (!found && level != Level.OFF) {
            ConsoleHandler console = new ConsoleHandler();
            console.setFormatter(new RedactingFormatter());
            console.setLevel(level);
            root.addHandler(console);
        }
        if (level.intValue() < Level.INFO.intValue()) {
            root.setLevel(level);
            FLYWAY.setLevel(level);
        }
    }
}
