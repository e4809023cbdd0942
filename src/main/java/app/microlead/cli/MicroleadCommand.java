package app.microlead.cli;

import app.microlead.storage.DataFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code microlead} command. Without a subcommand it opens the app on the chosen data folder.
 */
@Command(name = "microlead",
        mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.class, ImportCommand.class, SearchCommand.class, StatsCommand.class,
            GenerateCommand.class},
        versionProvider = MicroleadCommand.Version.class,
        description = "Microlead: an end-of-day reflection journal for people who lead others.%n"
                + "Without options it opens the app.",
        footer = "%nThe data folder defaults to the system's application-data folder; MICROLEAD_HOME"
                + " overrides it, and --data-dir overrides both.")
public final class MicroleadCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Use DIR as the data folder (created if missing).")
    Path dataDir;

    private final Function<Path, Integer> openApp;

    /** @param openApp starts the desktop app on the resolved data folder and returns its exit code */
    public MicroleadCommand(Function<Path, Integer> openApp) {
        this.openApp = openApp;
    }

    @Override
    public Integer call() {
        return openApp.apply(resolvedDataDir());
    }

    /** The data folder after applying --data-dir, MICROLEAD_HOME and the OS default, in that order. */
    public Path resolvedDataDir() {
        return resolve(dataDir);
    }

    private static Path resolve(Path dataDir) {
        return DataFolder.resolve(dataDir, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Runs the command line and returns the process exit code: 0 on success, 1 with a one-line reason
     * on a failure, 2 for a usage error.
     */
    public static int run(String[] args, Function<Path, Integer> openApp) {
        Optional<Path> appOnly = appOnly(args);
        if (appOnly.isPresent()) {
            // no command: skip building the parser (its reflection over every command costs ~100 ms
            // of the app's start-up)
            return openApp.apply(appOnly.get());
        }
        CommandLine cl = new CommandLine(new MicroleadCommand(openApp));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            line.getErr().println("microlead: " + msg);
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The data folder when the arguments only open the app (none, or just {@code --data-dir DIR} /
     * {@code --data-dir=DIR}); empty for anything else, which the parser handles (and reports).
     */
    static Optional<Path> appOnly(String[] args) {
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
        if (dir != null && (dir.isEmpty() || dir.startsWith("-"))) {
            return Optional.empty(); // the parser says what is wrong
        }
        try {
            return Optional.of(resolve(dir == null ? null : Path.of(dir)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Reads the version that Maven wrote into the jar. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Microlead " + appVersion()};
        }
    }

    public static String appVersion() {
        try (InputStream in = MicroleadCommand.class.getResourceAsStream("/app/microlead/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
