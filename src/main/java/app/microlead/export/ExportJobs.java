package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.habits.HabitService;
import app.microlead.journal.JournalRepository;
import app.microlead.people.PeopleService;
import app.microlead.review.WeeklyReviewRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;

/** Does an export chosen in the dialog, with the same services as the command line. */
public final class ExportJobs implements ExportViewModel.Job {

    private final JournalRepository journal;
    private final HabitService habits;
    private final AssessmentRepository assessments;
    private final WeeklyReviewRepository reviews;
    private final PeopleService people;
    private final QuestionBank bank;
    private final ArchiveService archive;
    private final Supplier<Map<String, String>> settings;
    private final Clock clock;

    public ExportJobs(JournalRepository journal, HabitService habits, AssessmentRepository assessments,
                      WeeklyReviewRepository reviews, PeopleService people, QuestionBank bank, ArchiveService archive,
                      Supplier<Map<String, String>> settings, Clock clock) {
        this.reviews = reviews;
        this.people = people;
        this.journal = journal;
        this.habits = habits;
        this.assessments = assessments;
        this.bank = bank;
        this.archive = archive;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ExportViewModel.Settings s, Path target, Progress progress) throws Exception {
        progress.update(0.02, t("export.step.reading"));
        switch (s.format()) {
            case PDF -> {
                ReviewRequest r = new ReviewRequest(s.from(), s.to(), s.sections(), s.tag(), s.title(), null);
                new PdfExporter().export(ReviewData.load(r, clock, journal, habits, assessments, reviews, people, bank,
                        progress), target, progress);
            }
            case MARKDOWN, MARKDOWN_DAYS -> {
                EnumSet<ReviewRequest.Section> sections = EnumSet.of(ReviewRequest.Section.REFLECTIONS);
                if (s.sections().contains(ReviewRequest.Section.PEOPLE)) {
                    sections.add(ReviewRequest.Section.PEOPLE);
                }
                ReviewRequest r = new ReviewRequest(s.from(), s.to(), sections, s.tag(), s.title(), null);
                ReviewData data = ReviewData.load(r, clock, journal, habits, assessments, reviews, people, bank, progress);
                var entries = data.entries();
                progress.checkCancelled();
                if (s.format() == ExportViewModel.Format.MARKDOWN) {
                    new MarkdownExporter().toFile(entries, data.weeklyReviews(), s.from(), s.to(), r.title(),
                            r.has(ReviewRequest.Section.PEOPLE) ? data.people() : null, target);
                } else {
                    new MarkdownExporter().toFolder(entries, target);
                }
            }
            case JSON -> {
                Archive a = archive.snapshot(settings.get());
                progress.checkCancelled();
                progress.update(0.6, t("export.step.archive"));
                archive.write(a, target);
            }
            case CSV -> new HabitCsvExporter().export(habits.rows(true), s.from(), s.to(), target);
            default -> throw new IllegalStateException("Unknown format " + s.format());
        }
        progress.update(1, t("export.step.done"));
    }
}
