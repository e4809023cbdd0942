package app.microlead;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts Microlead again, the way this process was started, once it has closed its journal: a language
 * chosen in Settings then takes effect without the user finding how the app was started.
 */
final class Relaunch {

    private static final Logger LOG = Logger.getLogger(Relaunch.class.getName());

    private final Optional<List<String>> command;
    private volatile boolean asked;

    private Relaunch(Optional<List<String>> command) {
        this.command = command;
    }

    /** For this process: its command line as the system has it. */
    static Relaunch ofThisProcess() {
        return new Relaunch(commandLine(Path.of("/proc/self/cmdline"), ProcessHandle.current().info()));
    }

    /** For a given command line (tests). */
    static Relaunch of(List<String> command) {
        return new Relaunch(command.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(command)));
    }

    /**
     * The program and its arguments: on Linux from {@code cmdline} whole (the JDK's process information cuts
     * a long command line, such as the one {@code mvn javafx:run} starts, at a page), elsewhere from
     * {@code info}; empty when neither tells (the app then says "from the next start" only).
     */
    static Optional<List<String>> commandLine(Path cmdline, ProcessHandle.Info info) {
        try {
            if (Files.isReadable(cmdline)) {
                String all = new String(Files.readAllBytes(cmdline), Charset.defaultCharset());
                List<String> parts = new ArrayList<>(List.of(all.split("\0")));
                if (!parts.isEmpty() && !parts.get(0).isEmpty()) {
                    return Optional.of(List.copyOf(parts));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No command line in " + cmdline, e);
        }
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(info.command().get());
        parts.addAll(List.of(info.arguments().get()));
        return Optional.of(List.copyOf(parts));
    }

    /** Whether the app can start itself again here. */
    boolean possible() {
        return command.isPresent();
    }

    /** Asks for a start once this process has let go of its journal ({@link #startIfAsked}). */
    void ask() {
        asked = true;
    }

    /** Takes back {@link #ask} (the window stayed open). */
    void cancel() {
        asked = false;
    }

    /**
     * Called last at exit, after the journal and its lock are released: starts the same command line when
     * {@link #ask asked}, sharing this process' terminal. Returns the new process, if one was started.
     */
    Optional<Process> startIfAsked() {
        if (!asked || command.isEmpty()) {
            return Optional.empty();
        }
        try {
            LOG.info("Starting Microlead again, as Settings asked");
            return Optional.of(new ProcessBuilder(command.get()).inheritIO().start());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Microlead could not start itself again; it starts as usual next time", e);
            return Optional.empty();
        }
    }
}
