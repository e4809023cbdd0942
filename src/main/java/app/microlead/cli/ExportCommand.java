package app.microlead.cli;

import app.microlead.export.HabitCsvExporter;
import app.microlead.export.MarkdownExporter;
import app.microlead.export.PdfExporter;
import app.microlead.export.Progress;
import app.microlead.export.ReviewData;
import app.microlead.export.ReviewRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead export pdf|md|json|csv --out PATH [--from DATE] [--to DATE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a period of the journal: pdf (a typeset leadership review), md (Markdown), json"
                + " (the full archive; the period is ignored) or csv (habit check-ins).")
final class ExportCommand implements Callable<Integer> {

    enum Format { pdf, md, json, csv }

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "pdf, md, json or csv")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (for md with --per-day: a folder).")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd); default: the first day written.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd); default: today.")
    LocalDate to;

    @Option(names = "--tag", description = "Only reflections with this tag (pdf, md).")
    String tag;

    @Option(names = "--title", description = "Title of the PDF review.")
    String title;

    @Option(names = "--per-day", description = "md: one file per day in the folder given by --out.")
    boolean perDay;

    @Override
    public Integer call() throws Exception {
        try (OpenJournal j = parent.open("export")) {
            LocalDate last = to != null ? to : LocalDate.now(j.clock);
            LocalDate first = from != null ? from : j.journal.dates().stream().findFirst().orElse(last);
            ReviewRequest req = new ReviewRequest(first, last, null, tag, title, null);
            switch (format) {
                case json -> {
                    var archive = j.archive();
                    archive.write(archive.snapshot(Map.of()), out);
                }
                case pdf -> new PdfExporter().export(ReviewData.load(req, j.clock, j.journal, j.habits, j.assessments, j.reviews, j.bank,
                        Progress.NONE), out, Progress.NONE);
                case md -> {
                    var entries = ReviewData.load(new ReviewRequest(first, last, EnumSet.of(
                            ReviewRequest.Section.REFLECTIONS), tag, title, null), j.clock, j.journal, j.habits, j.assessments,
                            j.reviews, j.bank, Progress.NONE).entries();
                    if (perDay) {
                        new MarkdownExporter().toFolder(entries, out);
                    } else {
                        new MarkdownExporter().toFile(entries, first, last, req.title(), out);
                    }
                }
                case csv -> new HabitCsvExporter().export(j.habits.rows(true), first, last, out);
                default -> throw new IllegalStateException();
            }
            System.out.println("Wrote " + out.toAbsolutePath());
            return 0;
        }
    }
}
