package app.microlead.cli;

import app.microlead.storage.DataFolder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The command lines that only open the app (none, or just {@code --data-dir DIR}), recognised without
 * the command-line parser: building it reflects over every command, which the app's start-up need not wait for.
 */
public final class AppArgs {

    private AppArgs() {
    }

    /**
     * The data folder when the arguments only open the app; empty for anything else, which the parser
     * handles (and reports).
     */
    public static Optional<Path> appOnly(String[] args) {
        String dir;
        if (args.length == 0) {
            dir = null;
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            dir = args[1];
        } else if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            dir = args[0].substring("--data-dir=".length());
        } else {
            return Optional.empty();
        }
        if (dir != null && (dir.isBlank() || dir.startsWith("-"))) {
            return Optional.empty(); // the parser says what is wrong
        }
        try {
            return Optional.of(resolve(dir == null ? null : Path.of(dir), System.getenv()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The data folder after applying --data-dir, MICROLEAD_HOME and the OS default, in that order. */
    static Path resolve(Path dataDir, Map<String, String> env) {
        return DataFolder.resolve(dataDir, env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
