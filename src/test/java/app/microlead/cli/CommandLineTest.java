package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.Catalogue;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.people.Attention;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.PeopleService;
import app.microlead.people.Promise;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.InstanceLock;
import app.microlead.tools.DemoHabits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path dir;
    private Path data;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        data = dir.resolve("journal");
        try (Database db = Database.open(DataFolder.open(data))) {
            JdbcJournalRepository j = new JdbcJournalRepository(db, Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            j.save(new Entry(today.minusDays(1), "Delegated the launch checklist to Priya.", 4, 3, List.of("delegation"),
                    List.of(), null, null));
            j.save(new Entry(today, "Paused before answering a sharp email. Ελληνικά.", 3, null, List.of(), List.of(), null, null));
            DemoHabits.write(new JdbcHabitRepository(db), today, 20, 1, List.of("greet-by-name"));
        }
    }

    private int run(String... args) {
        InProcess.Result r = InProcess.run("", args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void searchKeepsItsIndexInTheDataFolderAndBuildsItAgainAfterTheJournalChanged() {
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        assertThat(out).contains("1 day found");
        Path index = DataFolder.open(data).searchIndexDir();
        assertThat(index).isDirectory();
        assertThat(index.toFile().list()).isNotEmpty();

        // the journal changes without the command line (the app, an import, a sync round)
        LocalDate today = LocalDate.now();
        try (Database db = Database.open(DataFolder.open(data))) {
            JdbcJournalRepository j = new JdbcJournalRepository(db, Clock.systemDefaultZone());
            j.save(new Entry(today.minusDays(3), "Delegated the budget review to Omar.", null, null, List.of(), List.of(),
                    null, null));
            j.delete(today.minusDays(1));
        }
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        assertThat(out).contains(today.minusDays(3) + "  *Delegated* the budget review").contains("1 day found")
                .doesNotContain(today.minusDays(1).toString());
        // unchanged since: the same answer from the index as it was left
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        assertThat(out).contains(today.minusDays(3).toString()).contains("1 day found");
    }

    @Test
    void aDamagedIndexIsBuiltAgainAndTheSearchStillAnswers() throws Exception {
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        Path index = DataFolder.open(data).searchIndexDir();
        try (var files = Files.list(index)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        assertThat(out).contains("*Delegated* the launch checklist").contains("1 day found");
    }

    @Test
    void aSearchOfAJournalThatDoesNotOpenLeavesTheKeptIndexAsItWasAndTheJournalFree() throws Exception {
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        Path index = DataFolder.open(data).searchIndexDir();
        List<Path> indexFiles;
        try (var files = Files.list(index)) {
            indexFiles = files.toList();
        }
        for (Path f : indexFiles) {
            Files.write(f, new byte[] {1, 2, 3}); // not usable: removed only once the journal has opened
        }
        Path journalFile = data.resolve("microlead.mv.db");
        assertThat(journalFile).exists();
        Files.write(journalFile, new byte[64 * 1024]); // a journal file that does not open

        for (int i = 0; i < 2; i++) { // the second time: the first left nothing locked
            assertThat(run("--data-dir", data.toString(), "search", "delegating")).isNotZero();
            assertThat(err).doesNotContain("is working on this journal").doesNotContain("is open with this journal");
            for (Path f : indexFiles) {
                assertThat(f).as("left as it was").hasBinaryContent(new byte[] {1, 2, 3});
            }
        }
    }

    @Test
    void searchPrintsDateAndSnippet() {
        assertThat(run("--data-dir", data.toString(), "search", "delegating")).isZero();
        assertThat(out).contains(LocalDate.now().minusDays(1) + "  *Delegated* the launch checklist").contains("1 day found");
    }

    @Test
    void aQueryWithNothingToLookForIsNamedAsSuchInsteadOfListingEveryDayOrNone() {
        for (String nothing : List.of("", "   ", "!!!", "?.,;", "*", "(")) {
            assertThat(run("--data-dir", data.toString(), "search", nothing)).as(nothing).isEqualTo(2);
            assertThat(err).as(nothing).contains("Nothing to search for");
            assertThat(out).as(nothing).doesNotContain("found");
        }
        assertThat(run("--data-dir", data.toString(), "search", "to", "be")).isEqualTo(2);
        assertThat(err).contains("'to be' is too common to search for");
        // a common word long enough to be a word's start is searched as one, as the app does ("for" finds "forecast")
        assertThat(run("--data-dir", data.toString(), "search", "answ")).isZero();
        assertThat(run("--data-dir", data.toString(), "search", "the")).isZero();
        // a word too long to be any word's start is still searched for as a word
        assertThat(run("--data-dir", data.toString(), "search", "delegated".repeat(120))).isZero();
        assertThat(out).contains("0 days found");
        assertThat(run("--data-dir", data.toString(), "search", "the", "launch")).isZero();
        assertThat(out).contains("1 day found");
    }

    @Test
    void aPastedQueryOfOverAThousandWordsIsSearchedForItsFirstWordsAndSaysSo() {
        LocalDate day = LocalDate.now().minusDays(5);
        try (Database db = Database.open(DataFolder.open(data))) {
            new JdbcJournalRepository(db, Clock.systemDefaultZone()).save(new Entry(day, "Budget lines "
                    + numbers(200), null, null, List.of(), List.of(), null, null));
        }
        // from 1,025 words Lucene refused the query: nothing was found, or the search failed
        assertThat(run("--data-dir", data.toString(), "search", "budget lines " + numbers(1_100))).isZero();
        assertThat(out).contains(day + "  *Budget* *lines* *1*").contains("1 day found");
        assertThat(err).contains("only the first 100 different words of your search were used");
        // the same words again and again are those words
        assertThat(run("--data-dir", data.toString(), "search", "Delegated the launch checklist to Priya. ".repeat(300)))
                .isZero();
        assertThat(out).contains("*Delegated* the *launch* *checklist* to *Priya*").contains("1 day found");
        assertThat(err).isEmpty();
    }

    /** "1 2 … n". */
    private static String numbers(int n) {
        return String.join(" ", IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList());
    }

    @Test
    void aFilesFailureNamesTheFileAsThePersonGaveItWithoutJavasInnerNames() {
        assertThat(MicroleadCommand.oneLine(new NoSuchFileException("/tmp/x/.review.pdf.7704630984898909412.part")))
                .isEqualTo("There is no file or folder /tmp/x/review.pdf.");
        assertThat(MicroleadCommand.oneLine(new IOException(
                "java.nio.file.FileSystemException: /tmp/out/all.md: Not a directory")))
                .isEqualTo("A file could not be read or written (/tmp/out/all.md: Not a directory). Check the path, the"
                        + " permissions and the free disk space.");
        assertThat(MicroleadCommand.oneLine(new IOException("/tmp/export/my-org.md: Not a directory")))
                .contains("(/tmp/export/my-org.md: Not a directory)");
        assertThat(MicroleadCommand.oneLine(new IOException(
                "/home/lea/Library/Containers/com.apple.mail/x.pdf: java.io.IOException: Read-only file system")))
                .contains("(/home/lea/Library/Containers/com.apple.mail/x.pdf: Read-only file system)");
    }

    @Test
    void aLongDayIsShownAsALineAroundItsFirstMatch() {
        String words = "word ".repeat(100) + "*delegated* the launch " + "tail ".repeat(100);
        String line = SearchCommand.around(words.strip(), words.indexOf('*'));
        assertThat(line).startsWith("…").endsWith("…").contains("*delegated* the launch").hasSizeLessThanOrEqualTo(163);
        assertThat(SearchCommand.around("short *one*", 6)).isEqualTo("short *one*");
    }

    @Test
    void statsPrintsTheNumbers() {
        assertThat(run("--data-dir", data.toString(), "stats")).isZero();
        assertThat(out).contains("Days written: 2").contains("Writing streak: 2 days").contains("Greet people by name")
                .contains("Self-assessment: not taken yet");
    }

    /** {@code export md} has the period's weekly reviews, as the PDF has them (they were left out). */
    @Test
    void markdownExportHoldsThePeriodsWeeklyReviews() throws Exception {
        try (Database db = Database.open(DataFolder.open(data))) {
            new JdbcWeeklyReviewRepository(db, Clock.systemUTC()).save(new WeeklyReview(LocalDate.of(2026, 12, 11),
                    "Held the line on scope", "", "", "Ask before deciding", null, null));
        }
        Path md = dir.resolve("dec.md");
        assertThat(run("--data-dir", data.toString(), "export", "md", "--from=2026-12-01", "--to=2026-12-31", "--out",
                md.toString())).isZero();
        assertThat(Files.readString(md)).contains("## Weekly reviews", "### Week of 5 – 11 December 2026",
                "Held the line on scope", "> **Commitment:** Ask before deciding");
    }

    @Test
    void exportsEveryFormatAndTheArchiveImportsIntoAnotherJournal() throws Exception {
        Path json = dir.resolve("all.json");
        assertThat(run("--data-dir", data.toString(), "export", "json", "--out", json.toString())).isZero();
        assertThat(out).contains("Wrote");
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--out", dir.resolve("r.pdf").toString())).isZero();
        assertThat(Files.size(dir.resolve("r.pdf"))).isGreaterThan(10_000);
        assertThat(run("--data-dir", data.toString(), "export", "md", "--per-day", "--out", dir.resolve("md").toString())).isZero();
        assertThat(dir.resolve("md").resolve(LocalDate.now() + ".md")).exists();
        assertThat(run("--data-dir", data.toString(), "export", "csv", "--from", LocalDate.now().minusDays(5).toString(),
                "--out", dir.resolve("h.csv").toString())).isZero();
        assertThat(Files.readString(dir.resolve("h.csv"))).startsWith("date,habit,state,note");

        Path other = dir.resolve("other");
        assertThat(run("--data-dir", other.toString(), "import", json.toString())).isZero();
        assertThat(out).contains("2 days added");
        assertThat(out).contains("Backed up to");
        List<Path> backups;
        try (var s = Files.list(other.resolve("backups"))) {
            backups = s.toList();
        }
        assertThat(run("--data-dir", other.toString(), "import", json.toString())).isEqualTo(1);
        assertThat(err).contains("already holds data").contains("--merge skip").contains("--merge both");
        try (var s = Files.list(other.resolve("backups"))) {
            assertThat(s.toList()).as("a refused import backs nothing up").containsExactlyInAnyOrderElementsOf(backups);
        }
        assertThat(run("--data-dir", other.toString(), "import", json.toString(), "--merge", "skip")).isZero();
        assertThat(out).contains("2 skipped");
    }

    @Test
    void anExportReplacesNothingWithoutForceAndNeverWritesIntoTheJournalsFolder() throws Exception {
        Path json = Files.writeString(dir.resolve("mine.json"), "my own file");
        assertThat(run("--data-dir", data.toString(), "export", "json", "--out", json.toString())).isEqualTo(1);
        assertThat(err).contains(json + " already exists. Add --force");
        assertThat(Files.readString(json)).isEqualTo("my own file");
        assertThat(run("--data-dir", data.toString(), "export", "json", "--force", "--out", json.toString())).isZero();
        assertThat(Files.readString(json)).contains("microlead-archive");

        // the journal's own database is a file like any other: not even --force writes over it
        Path db = data.resolve("microlead.mv.db");
        byte[] journal = Files.readAllBytes(db);
        assertThat(run("--data-dir", data.toString(), "export", "json", "--force", "--out", db.toString())).isEqualTo(1);
        assertThat(err).contains("inside the journal's data folder");
        assertThat(Files.readAllBytes(db)).isEqualTo(journal);

        // csv writes the list of habits beside the check-ins: that one is not replaced either
        Path list = Files.writeString(dir.resolve("h-habits.csv"), "mine");
        assertThat(run("--data-dir", data.toString(), "export", "csv", "--out", dir.resolve("h.csv").toString())).isEqualTo(1);
        assertThat(err).contains(list + " already exists");
        assertThat(dir.resolve("h.csv")).doesNotExist();
        assertThat(run("--data-dir", data.toString(), "export", "csv", "--force", "--out", dir.resolve("h.csv").toString()))
                .isZero();
        assertThat(out).contains("h-habits.csv");
        assertThat(Files.readString(list)).startsWith("habit,pillar");

        Path days = Files.createDirectories(dir.resolve("days"));
        Files.writeString(days.resolve("todo.txt"), "x");
        assertThat(run("--data-dir", data.toString(), "export", "md", "--per-day", "--out", days.toString())).isEqualTo(1);
        assertThat(err).contains("already holds files");
        assertThat(run("--data-dir", data.toString(), "export", "md", "--per-day", "--force", "--out", days.toString()))
                .isZero();
        assertThat(days.resolve(LocalDate.now() + ".md")).exists();

        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--out", dir.resolve("no/such/r.pdf").toString()))
                .isEqualTo(1);
        assertThat(err).contains("There is no folder " + dir.resolve("no/such"));
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--out", days.toString())).isEqualTo(1);
        assertThat(err).contains(days + " is a folder: give a file's name");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsNamedAsSuch() {
        assertThat(run("--data-dir", data.toString(), "export", "md", "--from", "2026-03-31", "--to", "2026-01-01",
                "--out", dir.resolve("q.md").toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("microlead: --to 2026-01-01 is before --from 2026-03-31.");
        String later = LocalDate.now().plusYears(3).toString();
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--from", later, "--out",
                dir.resolve("q.pdf").toString())).isEqualTo(1);
        assertThat(err).contains("--from " + later + " is after today");
        // the whole journal as an archive takes no period; a journal that begins after --to gives an empty one
        assertThat(run("--data-dir", data.toString(), "export", "json", "--from", later, "--out",
                dir.resolve("all.json").toString())).isZero();
        assertThat(run("--data-dir", data.toString(), "export", "md", "--to", "2020-01-01", "--out",
                dir.resolve("empty.md").toString())).isZero();
        assertThat(dir.resolve("q.md")).doesNotExist();
        assertThat(dir.resolve("q.pdf")).doesNotExist();
    }

    @Test
    void badArgumentsAreUsageErrorsAndFailuresAreOneLine() throws Exception {
        assertThat(run("--data-dir", data.toString(), "export", "docx", "--out", "x")).isEqualTo(2);
        assertThat(err).contains("docx");
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--out", "x.pdf", "--from", "last week")).isEqualTo(2);
        assertThat(run("--data-dir", data.toString(), "export", "pdf")).isEqualTo(2);
        assertThat(err).contains("--out");
        assertThat(run("--data-dir", data.toString(), "search", "x", "--limit", "0")).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"microlead-archive\", \"version\": 1, ");
        assertThat(run("--data-dir", data.toString(), "import", bad.toString())).isEqualTo(1);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("line 1");
        assertThat(run("--data-dir", data.toString(), "stats")).isZero();
        assertThat(out).contains("Days written: 2");
    }

    @Test
    void aMistakeIsOneLineAndWhereToReadMoreAndEveryCommandKnowsItsVersion() {
        assertThat(run("--data-dir", data.toString(), "export", "pdf", "--out", "x.pdf", "--from", "2026-13-45")).isEqualTo(2);
        assertThat(err.strip().lines()).containsExactly(
                "microlead: Invalid value for option '--from': '2026-13-45' is not a date: write it as year-month-day,"
                        + " such as 2026-03-31.",
                "See 'microlead export --help' for what it takes.");
        for (String c : List.of("stats", "export", "search", "sync")) {
            assertThat(run(c, "--version")).as(c).isZero();
            assertThat(out).as(c).startsWith("Microlead ");
        }
    }

    @Test
    void aCommandRefusesWhileTheAppHasTheJournalOpen() {
        try (InstanceLock lock = InstanceLock.tryAcquire(DataFolder.open(data).lockFile()).orElseThrow()) {
            assertThat(run("--data-dir", data.toString(), "stats")).isEqualTo(1);
            assertThat(err).contains("Microlead is open with this journal");
        }
    }

    @Test
    void withoutACommandTheAppOpensOnTheChosenFolder() {
        List<Path> opened = new ArrayList<>();
        Function<Path, Integer> open = d -> {
            opened.add(d);
            return 0;
        };
        assertThat(MicroleadCommand.run(new String[] {"--data-dir", data.toString()}, open)).isZero();
        assertThat(MicroleadCommand.run(new String[] {"--data-dir=" + data}, open)).isZero();
        assertThat(opened).containsExactly(data, data);
        // the same folder as the full parser resolves
        MicroleadCommand parsed = new MicroleadCommand(d -> 0);
        new CommandLine(parsed).parseArgs("--data-dir", data.toString());
        assertThat(parsed.resolvedDataDir()).isEqualTo(data);
        assertThat(MicroleadCommand.run(new String[0], open)).isZero();
        assertThat(opened).hasSize(3).last().isEqualTo(new MicroleadCommand(d -> 0).resolvedDataDir());
        // anything else is parsed (and a missing folder name is a usage error, the app does not open)
        assertThat(run("--data-dir")).isEqualTo(2);
        assertThat(run("--data-dir", "--help")).isEqualTo(2);
        assertThat(run("--version")).isZero();
        assertThat(out).contains("Microlead");
    }

    @Test
    void theDataFolderMayBeNamedAfterTheCommandAndAnEmptyOrSomeoneElsesIsRefusedAndLeftAsItWas() throws Exception {
        assertThat(run("stats", "--data-dir", data.toString())).isZero();
        assertThat(out).contains("Days written: 2");

        assertThat(run("--data-dir", "", "stats")).isEqualTo(1);
        assertThat(err).contains("--data-dir was given an empty path");

        // a folder of one's own files (a home folder, a project) is not made a journal, nor locked down
        Path home = Files.createDirectories(dir.resolve("home"));
        Path notes = Files.writeString(home.resolve("notes.txt"), "mine");
        boolean posix = home.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(run("--data-dir", home.toString(), "stats")).isEqualTo(1);
        assertThat(err).contains("There is no journal in " + home).contains("--data-dir");
        assertThat(run("--data-dir", home.toString(), "generate", "--profile", "year")).isEqualTo(1);
        assertThat(err).contains(home + " already holds other files").contains(home.resolve("microlead").toString());
        try (var left = Files.list(home)) {
            assertThat(left).containsExactly(notes);
        }
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes)))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aCommandThatOnlyReadsRefusesAFolderWithoutAJournalAndMakesNothingThere() throws Exception {
        Path typo = dir.resolve("jounral");
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"search", "team"},
                new String[] {"people"}, new String[] {"export", "md", "--out", dir.resolve("x.md").toString()})) {
            List<String> args = new ArrayList<>(List.of("--data-dir", typo.toString()));
            args.addAll(List.of(command));
            assertThat(run(args.toArray(String[]::new))).as(command[0]).isEqualTo(1);
            assertThat(err).as(command[0]).contains("There is no folder " + typo).contains("--data-dir");
            assertThat(typo).as(command[0] + " made nothing").doesNotExist();
        }
        assertThat(dir.resolve("x.md")).doesNotExist();
        // a sync round without --folder is never the first: it too needs the journal
        assertThat(run("--data-dir", typo.toString(), "sync")).isEqualTo(1);
        assertThat(err).contains("There is no folder " + typo);
        assertThat(typo).doesNotExist();
        Path file = Files.writeString(dir.resolve("journal.txt"), "not a folder");
        assertThat(run("--data-dir", file.toString(), "stats")).isEqualTo(1);
        assertThat(err).contains(file + " is a file, not a folder");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("--data-dir", empty.toString(), "stats")).isEqualTo(1);
        assertThat(err).contains("There is no journal in " + empty);
        try (var left = Files.list(empty)) {
            assertThat(left).isEmpty();
        }
        assertThat(run("--data-dir", empty.toString(), "sync", "--status")).isEqualTo(1);
        assertThat(err).contains("There is no journal in " + empty);
        // a journal with nothing in it yet is one
        Database.open(DataFolder.open(empty)).close();
        assertThat(run("--data-dir", empty.toString(), "stats")).isZero();
        assertThat(out).contains("Days written: 0");
    }

    @Test
    void theParserIsGivenTheNamedCommandOnlyAndEveryCommandWhenNoneIsNamed() {
        assertThat(MicroleadCommand.subcommandsFor(new String[] {"--data-dir", "d", "search", "team"}))
                .containsExactly(SearchCommand.class);
        List<Class<?>> all = List.of(ExportCommand.class, ImportCommand.class, SearchCommand.class,
                StatsCommand.class, GenerateCommand.class, SyncCommand.class, PeopleCommand.class);
        assertThat(MicroleadCommand.subcommandsFor(new String[] {"--help"})).isEqualTo(all);
        assertThat(MicroleadCommand.subcommandsFor(new String[] {"--help", "search"})).isEqualTo(all);
        // the top help lists every command, in this order, and a misspelt one is answered with the nearest
        assertThat(run("--help")).isZero();
        assertThat(out.lines().filter(l -> l.matches("  [a-z]+ .*")).map(l -> l.strip().split(" ")[0]))
                .containsExactly("export", "import", "search", "stats", "generate", "sync", "people", "help");
        assertThat(run("serch", "team")).isEqualTo(2);
        assertThat(err).contains("'serch' is not a Microlead command; did you mean 'search'?");
    }

    @Test
    void aMistakeIsSaidInWordsNotInTheParsersTerms() {
        assertThat(run("stat")).isEqualTo(2);
        assertThat(err).startsWith("microlead: 'stat' is not a Microlead command; did you mean 'stats'?")
                .contains("See 'microlead --help'");
        // nothing near it: no guess (the parser's own suggested 'generate'), the commands instead
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err).contains("'frobnicate' is not a Microlead command. The commands: export, import, search,")
                .doesNotContain("did you mean").doesNotContain("index");
        assertThat(run("export", "docx")).isEqualTo(2);
        assertThat(err).startsWith("microlead: FORMAT cannot be 'docx': use pdf, md, json or csv.");
        assertThat(run("stats", "extra")).isEqualTo(2);
        assertThat(err).startsWith("microlead: 'extra' is more than 'microlead stats' takes.");
        assertThat(run("export", "pdf", "--out", dir.resolve("x.pdf").toString(), "--form", "2026-01-01")).isEqualTo(2);
        assertThat(err).startsWith("microlead: '--form' is not an option of 'microlead export'; did you mean '--from'?");
        // the parser is given only the commands named in the line: the guess comes from all of them
        assertThat(run("serch", "people")).isEqualTo(2);
        assertThat(err).startsWith("microlead: 'serch' is not a Microlead command; did you mean 'search'?");
        // a one-letter option is near every other one: no guess
        assertThat(run("stats", "-v")).isEqualTo(2);
        assertThat(err).startsWith("microlead: '-v' is not an option of 'microlead stats'.");
    }

    @Test
    void aPassphraseOptionWithoutACommandIsRefusedInsteadOfIgnoredByTheApp() throws IOException {
        Path file = Files.writeString(dir.resolve("pass.txt"), "correct horse battery\n");
        // the app opened (InProcess fails when it does) and asked in its window, the file unread
        assertThat(run("--data-dir", data.toString(), "--passphrase-file", file.toString())).isEqualTo(1);
        assertThat(err).contains("The app asks for an encrypted journal's passphrase in its window");
        assertThat(run("--passphrase-stdin")).isEqualTo(1);
        assertThat(err).contains("are for a command, such as 'microlead stats'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("export", "import", "search", "stats", "generate", "sync", "people")) {
            assertThat(run(c, "--help")).isZero();
            assertThat(out).contains("Usage: microlead " + c);
            // every value an option takes is named for a person ('--limit=N'), not after the field ('<limit>')
            assertThat(out).as(c).doesNotContainPattern("=<\\w+>");
            assertThat(run("help", c)).isZero();
            assertThat(out).contains("Usage: microlead " + c);
        }
        // 'help' opens no journal: it lists none of the options for one
        assertThat(run("help", "--help")).isZero();
        assertThat(out).contains("Usage: microlead help [-h] [COMMAND]").doesNotContain("--data-dir")
                .doesNotContain("passphrase").doesNotContain("--verbose");
    }

    @Test
    void generateFillsOnlyAnEmptyJournalThroughTheRepositories() {
        Path empty = dir.resolve("generated");
        assertThat(run("--data-dir", empty.toString(), "generate", "--profile", "year", "--seed", "3")).isZero();
        assertThat(out).contains("Generated 365 days, 7 habits, 2 self-assessments, 8 people with");
        assertThat(run("--data-dir", empty.toString(), "stats")).isZero();
        assertThat(out).contains("Days written: 365").contains("Last self-assessment");
        assertThat(run("--data-dir", empty.toString(), "people")).isZero();
        assertThat(out.lines().skip(1).toList()).hasSize(8)
                .allMatch(l -> l.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "has a day a thing last happened");
        try (Database db = Database.open(DataFolder.open(empty))) {
            JdbcPeopleRepository people = new JdbcPeopleRepository(db);
            assertThat(people.allOneOnOnes()).hasSizeGreaterThan(50);
            assertThat(people.allPromises()).extracting(Promise::state).contains(Promise.State.KEPT,
                    Promise.State.BROKEN);
            assertThat(people.allPromises()).allMatch(p -> p.closedOn() == null
                    || !p.closedOn().isBefore(p.madeOn()) && !p.closedOn().isAfter(LocalDate.now()));
            assertThat(people.allCheckInPeople()).hasSizeGreaterThan(50);
            Map<Long, Attention> attention = new PeopleService(people, new JdbcJournalRepository(db,
                    Clock.systemDefaultZone()), new JdbcHabitRepository(db), Clock.systemDefaultZone()).attention();
            // attention is uneven: the most mentioned person far ahead of the least (the quiet one)
            IntSummaryStatistics mentions = attention.values().stream().mapToInt(Attention::mentionDays)
                    .summaryStatistics();
            assertThat(mentions.getMax()).isGreaterThan(5 * Math.max(1, mentions.getMin()));
        }
        assertThat(run("--data-dir", empty.toString(), "generate", "--profile", "year")).isEqualTo(1);
        assertThat(err).contains("already holds a journal");
    }

    @Test
    void generatedHabitsTakeThePillarsInTurnSoAYearCoversEveryPillar() {
        var all = Catalogue.load().actions();
        var inTurn = GenerateCommand.byPillarInTurn(all);
        assertThat(inTurn).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        assertThat(inTurn.subList(0, 3)).extracting(a -> a.pillar())
                .containsExactlyInAnyOrder(Pillar.values());
    }

    @Test
    void importsRedNotebookAndJrnl() throws Exception {
        Path red = Path.of(getClass().getResource("/app/microlead/export/imports/rednotebook").toURI());
        Path jrnl = Path.of(getClass().getResource("/app/microlead/export/imports/jrnl.json").toURI());
        Path fresh = dir.resolve("fresh");
        assertThat(run("--data-dir", fresh.toString(), "import", red.toString())).isZero();
        assertThat(out).contains("4 days added");
        assertThat(run("--data-dir", fresh.toString(), "import", jrnl.toString(), "--format", "jrnl")).isEqualTo(1);
        assertThat(err).contains("already has reflections");
        assertThat(run("--data-dir", fresh.toString(), "import", jrnl.toString(), "--format", "jrnl", "--merge", "both"))
                .isZero();
        assertThat(out).contains("2 days added");
        assertThat(run("--data-dir", fresh.toString(), "search", "Одна")).isZero();
        assertThat(out).contains("2026-03-09");
    }
}
