package app.microlead.cli;

import app.microlead.assessment.AssessmentResult;
import app.microlead.assessment.AssessmentScorer;
import app.microlead.assessment.Session;
import app.microlead.habits.HabitRow;
import app.microlead.journal.JournalStreaks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code microlead stats}: days written, streaks, habit strengths, the last self-assessment. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the journal's numbers.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    MicroleadCommand parent;

    @Override
    public Integer call() {
        try (OpenJournal j = parent.openExisting("stats")) {
            LocalDate today = LocalDate.now(j.clock);
            List<LocalDate> dates = j.journal.dates();
            JournalStreaks s = JournalStreaks.of(dates, today);
            // numbers as generate and search print them (100,000), whatever the computer's language
            System.out.printf(Locale.ROOT, "Days written: %,d (this month %,d, this year %,d)%n", dates.size(),
                    s.daysThisMonth(), s.daysThisYear());
            System.out.printf(Locale.ROOT, "Writing streak: %s (best %,d)%n", s.current() == 1 ? "1 day"
                    : String.format(Locale.ROOT, "%,d days", s.current()), s.best());
            List<HabitRow> rows = j.habits.rows(false);
            System.out.println(rows.isEmpty() ? "Habits: none tracked" : "Habits:");
            for (HabitRow r : rows) {
                System.out.printf("  %-40s strength %3d %%  streak %s (best %s)%n", r.habit().name(),
                        Math.round(r.stats().strength() * 100), r.streakShown(today), r.stats().best().describe());
            }
            List<Session> done = j.assessments.finished();
            if (done.isEmpty()) {
                System.out.println("Self-assessment: not taken yet");
            } else {
                Session last = done.get(done.size() - 1);
                AssessmentResult r = AssessmentScorer.score(j.bank(), last.answers());
                System.out.printf("Last self-assessment (%s): Trust %s, Empowerment %s, Professionalism %s,"
                        + " micromanagement risk %s%n", last.finishedAt().atZone(j.clock.getZone()).toLocalDate(),
                        fmt(r.score("trust")), fmt(r.score("empowerment")), fmt(r.score("professionalism")), fmt(r.risk()));
            }
            return 0;
        }
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.valueOf(Math.round(v.getAsDouble())) : "–";
    }
}
