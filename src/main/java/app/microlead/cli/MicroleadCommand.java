package app.microlead.cli;

import java.io.IOException;
import java.io.InputStream;
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
        return AppArgs.resolve(dataDir, System.getenv());
    }

    /**
     * Runs the command line and returns the process exit code: 0 on success, 1 with a one-line reason
     * on a failure, 2 for a usage error.
     */
    public static int run(String[] args, Function<Path, Integer> openApp) {
        Optional<Path> appOnly = AppArgs.appOnly(args);
        if (appOnly.isPresent()) {
            return openApp.apply(appOnly.get()); // no command: the parser is not needed
        }
        CommandLine cl = new CommandLine(new MicroleadCommand(openApp));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            line.getErr().println("microlead: " + msg);
            return 1;
        });
        return cl.execute(args);
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
