package app.microlead.cli;

import app.microlead.export.ImportException;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Logs;
import app.microlead.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code microlead} command. Without a subcommand it opens the app on the chosen data folder.
 */
@Command(name = "microlead",
        mixinStandardHelpOptions = true,
        versionProvider = MicroleadCommand.Version.class,
        description = "Microlead: an end-of-day reflection journal for people who lead others.%n"
                + "Without a command it opens the app, which asks for an encrypted journal's passphrase itself.",
        footer = "%nThe data folder defaults to the system's application-data folder; MICROLEAD_HOME"
                + " overrides it, and --data-dir overrides both.")
public final class MicroleadCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(MicroleadCommand.class.getName());

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands(ExportCommand.class, ImportCommand.class,
            SearchCommand.class, StatsCommand.class, GenerateCommand.class, SyncCommand.class, PeopleCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use DIR as the data folder: a folder of Microlead's own. The app and the commands that write"
                    + " (import, generate, sync) make it when missing; the others say so.")
    Path dataDir;

    /** The option that names the file of an encrypted journal's passphrase (for sync: of the sync folder's). */
    static final String PASSPHRASE_FILE = "--passphrase-file";

    @Option(names = PASSPHRASE_FILE, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "An encrypted journal's passphrase: the first line of FILE.")
    Path passphraseFile;

    @Option(names = "--passphrase-stdin", scope = ScopeType.INHERIT,
            description = "An encrypted journal's passphrase: the first line of standard input."
                    + " Without either, a terminal asks for it.")
    boolean passphraseStdin;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the log on the terminal too (it always goes to the data folder's log file).")
    boolean verbose;

    private final Function<Path, Integer> openApp;

    /** @param openApp starts the desktop app on the resolved data folder and returns its exit code */
    public MicroleadCommand(Function<Path, Integer> openApp) {
        this.openApp = openApp;
    }

    @Override
    public Integer call() {
        if (passphraseFile != null || passphraseStdin) {
            // the app asks in its window: a passphrase given here would be ignored without a word
            throw new CommandException("The app asks for an encrypted journal's passphrase in its window;"
                    + " --passphrase-file and --passphrase-stdin are for a command, such as 'microlead stats'.");
        }
        return openApp.apply(resolvedDataDir());
    }

    /** The data folder after applying --data-dir, MICROLEAD_HOME and the OS default, in that order. */
    public Path resolvedDataDir() {
        if (dataDir != null && dataDir.toString().isBlank()) {
            throw new CommandException("--data-dir was given an empty path: name the journal's folder, or leave the"
                    + " option out to use the usual one.");
        }
        return resolve(dataDir);
    }

    /** The names of every command, in the order the help lists them, "help" last. */
    static List<String> commandNames() {
        List<String> names = new ArrayList<>(COMMANDS.keySet());
        names.add("help");
        return List.copyOf(names);
    }

    /** Opens the journal for the named command, with the passphrase options given; a new one when there is none. */
    OpenJournal open(String command) {
        return OpenJournal.open(resolvedDataDir(), command,
                PassphraseInput.journal(PASSPHRASE_FILE, passphraseFile, passphraseStdin));
    }

    /**
     * Opens the journal for a command that only reads it: a folder without a journal (a mistyped --data-dir) is
     * refused with a message, and nothing is made there.
     */
    OpenJournal openExisting(String command) {
        return openExisting(command, folder -> () -> { });
    }

    /** As {@link #openExisting(String)}, with work started beside the opening of an unencrypted journal ({@link OpenJournal}). */
    OpenJournal openExisting(String command, Function<DataFolder, Runnable> whilePlainOpens) {
        Path dir = resolvedDataDir();
        OpenJournal.requireJournal(dir, dataDirNamedBy());
        return OpenJournal.open(dir, command, PassphraseInput.journal(PASSPHRASE_FILE, passphraseFile, passphraseStdin),
                whilePlainOpens);
    }

    /** What named the data folder: "--data-dir", "MICROLEAD_HOME", or null for the usual one. */
    String dataDirNamedBy() {
        if (dataDir != null) {
            return "--data-dir";
        }
        String home = System.getenv(DataFolder.ENV_HOME);
        return home != null && !home.isBlank() ? DataFolder.ENV_HOME : null;
    }

    private static Path resolve(Path dataDir) {
        return AppArgs.resolve(dataDir, System.getenv());
    }

    /** A date as the options take it: yyyy-mm-dd. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: write it as year-month-day,"
                    + " such as 2026-03-31.");
        }
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
        // a command's terminal shows its own output and errors; the log goes to the data folder
        Logs.terminal(Level.OFF);
        MicroleadCommand top = new MicroleadCommand(openApp);
        CommandLine cl = new CommandLine(top);
        subcommandsFor(args).forEach(cl::addSubcommand);
        cl.addSubcommand("help", new CommandLine.HelpCommand()); // 'microlead help export', as many tools answer
        // every command takes this command's options; 'help' opens no journal, and to sync one means another thing
        CommandSpec help = cl.getSubcommands().get("help").getCommandSpec();
        help.options().stream().filter(OptionSpec::inherited).toList().forEach(help::remove);
        CommandLine sync = cl.getSubcommands().get("sync");
        if (sync != null) {
            SyncCommand.INHERITED.forEach((option, description) -> describe(sync.getCommandSpec(), option, description));
        }
        // every command answers --version (the help lists it for each), and a date is read as people write one
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cl.registerConverter(LocalDate.class, MicroleadCommand::date);
        // a mistake is one line and where to read more, not the whole usage after it
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine where = ex.getCommandLine();
            PrintWriter err = where.getErr();
            err.println("microlead: " + CommandMistakes.say(ex));
            err.println("See '" + where.getCommandSpec().qualifiedName() + " --help' for what it takes.");
            return where.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionStrategy(parsed -> {
            if (top.verbose) {
                Logs.terminal(Level.INFO);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            LOG.log(Level.WARNING, "The command failed", e);
            line.getErr().println("microlead: " + oneLine(e));
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The subcommands the parser is given for {@code args}: those named in them, or all when none is (a
     * misspelt name) or the help is asked for. The parser reads every option of each subcommand it is given,
     * through reflection: for the command line's {@code search}, the other six took a tenth of its time.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        List<String> given = List.of(args);
        List<Class<?>> named = COMMANDS.entrySet().stream().filter(e -> given.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        boolean help = given.contains("--help") || given.contains("-h");
        return named.isEmpty() || help ? List.copyOf(COMMANDS.values()) : named;
    }

    /** Gives {@code option}, which {@code command} takes from this one, the description it has for that command. */
    private static void describe(CommandSpec command, String option, String description) {
        OptionSpec inherited = command.findOption(option);
        command.remove(inherited);
        command.addOption(OptionSpec.builder(inherited).description(description).build());
    }

    private static Map<String, Class<?>> commands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : commands) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return byName;
    }

    /**
     * The first line of a failure's message for a person: our own messages as they are; anything else
     * without the program's inner names (the log file has the details).
     */
    static String oneLine(Exception e) {
        String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip()
                // a file is written under a hidden name first ('.review.pdf.7704630984898909412.part'): name the file
                .replaceAll("(^|[/\\\\])\\.([^/\\\\]+?)\\.\\d+\\.part\\b", "$1$2");
        if (e instanceof CommandException || e instanceof StorageException || e instanceof ImportException) {
            return msg;
        }
        if (e instanceof NoSuchFileException) {
            return "There is no file or folder " + msg + ".";
        }
        if (e instanceof AccessDeniedException) {
            return "Microlead may not use " + msg + ". Check its permissions.";
        }
        if (e instanceof IOException) {
            // a Java exception's name before its message ('java.nio.file.FileSystemException: ') is for developers;
            // every part of a path stays ('my-org.md', '…/com.apple.mail/…')
            return "A file could not be read or written (" + msg.replaceAll(
                    "(?:^|(?<=: ))(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "").strip()
                    + "). Check the path, the permissions and the free disk space.";
        }
        return "Something unexpected went wrong; the details are in the log file of the data folder.";
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
