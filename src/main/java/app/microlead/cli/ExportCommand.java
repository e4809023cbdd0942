package app.microlead.cli;

import app.microlead.export.HabitCsvExporter;
import app.microlead.export.MarkdownExporter;
import app.microlead.export.PdfExporter;
import app.microlead.export.PersonReport;
import app.microlead.export.Progress;
import app.microlead.export.ReviewData;
import app.microlead.export.ReviewRequest;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.PeopleService;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.people.Roster;
import app.microlead.people.Timeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead export pdf|md|json|csv --out PATH [--from DATE] [--to DATE] [--people] [--person NAME]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a period of the journal: pdf (a typeset leadership review), md (Markdown), json"
                + " (the full archive; the period is ignored) or csv (habit check-ins). With --person NAME, pdf"
                + " is one person's page: their 1:1s, promises and mentions in the period.")
final class ExportCommand implements Callable<Integer> {

    enum Format { pdf, md, json, csv }

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "pdf, md, json or csv.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (for md with --per-day: a folder; for csv, the list of habits goes"
                    + " beside it as NAME-habits.csv). An existing file is not replaced without --force.")
    Path out;

    @Option(names = "--force", description = "Replace the file (or, with --per-day, the days' files) if it exists.")
    boolean force;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd); default: the first day written.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd); default: today.")
    LocalDate to;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only reflections with this tag (pdf, md).")
    String tag;

    @Option(names = "--title", paramLabel = "TITLE", description = "The title of the PDF review or of the Markdown file.")
    String title;

    @Option(names = "--per-day", description = "md: one file per day in the folder given by --out.")
    boolean perDay;

    @Option(names = "--people", description = "pdf, md: add the People section (1:1s, promises, mentions and"
            + " recognitions per person).")
    boolean people;

    @Option(names = "--person", paramLabel = "NAME", description = "pdf: export one person's page instead of the"
            + " review (their name as in People; a former or first name works when only one person has it).")
    String person;

    @Override
    public Integer call() throws Exception {
        if (person != null && format != Format.pdf) {
            throw new CommandException("--person works with pdf only: microlead export pdf --person NAME --out FILE");
        }
        if (people && (format == Format.json || format == Format.csv || perDay)) {
            throw new CommandException("--people works with pdf and md (one file) only.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandException("--to " + to + " is before --from " + from + ".");
        }
        ExportTarget.check(out, format == Format.md && perDay, format == Format.csv ? List.of(HabitCsvExporter.listFile(out))
                : List.of(), force, parent.resolvedDataDir());
        try (OpenJournal j = parent.openExisting("export")) {
            LocalDate last = to != null ? to : LocalDate.now(j.clock);
            if (person != null) {
                return exportPerson(j, last);
            }
            if (format == Format.json) { // the whole journal: no period
                var archive = j.archive();
                archive.write(archive.snapshot(Map.of()), out);
                System.out.println("Wrote " + out.toAbsolutePath());
                return 0;
            }
            LocalDate first = from != null ? from : j.journal.dates().stream().findFirst().orElse(last);
            if (from == null && first.isAfter(last)) {
                first = last; // the journal begins after --to (or today): an empty period, as asked
            }
            if (last.isBefore(first)) {
                throw new CommandException("--from " + first + " is after " + (to != null ? "--to " : "today, ") + last
                        + ": give an earlier --from, or a --to after it.");
            }
            EnumSet<ReviewRequest.Section> sections = EnumSet.of(ReviewRequest.Section.REFLECTIONS,
                    ReviewRequest.Section.HABITS, ReviewRequest.Section.ASSESSMENTS);
            if (people) {
                sections.add(ReviewRequest.Section.PEOPLE);
            }
            ReviewRequest req = new ReviewRequest(first, last, sections, tag, title, null);
            PeopleService who = j.backend().peopleService();
            switch (format) {
                case pdf -> new PdfExporter().export(ReviewData.load(req, j.clock, j.journal, j.habits, j.assessments,
                        j.reviews, who, j.bank(), Progress.NONE), out, Progress.NONE);
                case md -> {
                    EnumSet<ReviewRequest.Section> md = EnumSet.of(ReviewRequest.Section.REFLECTIONS);
                    if (people) {
                        md.add(ReviewRequest.Section.PEOPLE);
                    }
                    ReviewData data = ReviewData.load(new ReviewRequest(first, last, md, tag, title, null), j.clock,
                            j.journal, j.habits, j.assessments, j.reviews, who, j.bank(), Progress.NONE);
                    if (perDay) {
                        new MarkdownExporter().toFolder(data.entries(), out);
                    } else {
                        new MarkdownExporter().toFile(data.entries(), data.weeklyReviews(), first, last, req.title(),
                                people ? data.people() : null, out);
                    }
                }
                case csv -> new HabitCsvExporter().export(j.habits.rows(true), first, last, out);
                default -> throw new IllegalStateException(); // json: above
            }
            System.out.println("Wrote " + out.toAbsolutePath() + (format == Format.csv
                    ? " and " + HabitCsvExporter.listFile(out).toAbsolutePath() : ""));
            return 0;
        }
    }

    /** One person's PDF; the period starts, unless given, when the first thing about them happened. */
    private int exportPerson(OpenJournal j, LocalDate last) throws Exception {
        PeopleService who = j.backend().peopleService();
        PeopleRepository repo = who.repository();
        List<Person> found = Roster.lookup(repo.people(true), repo.aliases(), person);
        // names go between single quotes: the log (which records a failed command) cuts quoted values out
        if (found.isEmpty()) {
            throw new CommandException("No one called '" + quoted(person) + "' is in People. Run microlead people"
                    + " --all to see the names.");
        }
        if (found.size() > 1) {
            throw new CommandException(found.size() + " people match '" + quoted(person) + "': "
                    + found.stream().map(p -> "'" + quoted(p.name()) + "'").collect(Collectors.joining(", "))
                    + ". Give the full name; if two people share it, rename one in the app's People view.");
        }
        Person p = found.get(0);
        LocalDate first = from;
        if (first == null) {
            PersonReport all = PersonReport.load(who, p, LocalDate.of(1, 1, 1), last);
            first = Stream.of(Stream.of(p.addedOn()), all.period().mentions().stream().map(Timeline::date),
                    all.period().checkIns().stream().map(Timeline::date),
                    all.period().oneOnOnes().stream().map(OneOnOne::date),
                    all.period().promises().stream().map(Promise::madeOn)).flatMap(s -> s)
                    .min(Comparator.naturalOrder()).orElse(last);
            first = first.isAfter(last) ? last : first;
        }
        if (last.isBefore(first)) {
            throw new CommandException(to != null ? "--to " + last + " is before --from " + first + "."
                    : "--from " + first + " is after today (" + last + "): give an earlier --from, or a --to after it.");
        }
        new PdfExporter().exportPerson(PersonReport.load(who, p, first, last), out, Progress.NONE);
        System.out.println("Wrote " + out.toAbsolutePath());
        return 0;
    }

    private static String quoted(String name) {
        return name.strip().replace('\'', '\u2019');
    }
}
