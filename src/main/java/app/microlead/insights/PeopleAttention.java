package app.microlead.insights;

import static app.microlead.common.I18n.t;

import app.microlead.people.Mentions;
import app.microlead.people.PersonPeriod;
import app.microlead.people.Promise;
import app.microlead.people.PromiseStats;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * "Who got your attention": for each person on the roster (archived people left out), the days the
 * journal mentions them and the micro-actions (check-ins) that name them in the period, most first; the
 * quietest — those with the fewest of both together, when not everyone has the same — are marked,
 * since the quiet members are the ones a leader forgets. Counts, not a verdict. With it, the promises
 * kept on time this month, the Professionalism figure a person can check.
 */
public record PeopleAttention(LocalDate from, LocalDate to, List<Row> rows, PromiseStats promisesThisMonth) {

    /** One person's counts; {@code quiet} marks the quietest. */
    public record Row(long personId, String name, int mentionDays, int microActions, boolean quiet) {

        public int total() {
            return mentionDays + microActions;
        }
    }

    public PeopleAttention {
        rows = List.copyOf(rows);
    }

    public static PeopleAttention compute(List<PersonPeriod> period, List<Promise> promises, LocalDate from,
                                          LocalDate to, LocalDate today) {
        List<PersonPeriod> current = period.stream().filter(p -> !p.person().archived()).toList();
        int min = current.stream().mapToInt(p -> p.mentionDays() + p.microActions()).min().orElse(0);
        int max = current.stream().mapToInt(p -> p.mentionDays() + p.microActions()).max().orElse(0);
        List<Row> rows = current.stream()
                .map(p -> new Row(p.person().id(), p.person().name(), p.mentionDays(), p.microActions(),
                        min < max && p.mentionDays() + p.microActions() == min))
                .sorted(Comparator.comparingInt(Row::total).reversed()
                        .thenComparing(Comparator.comparingInt(Row::mentionDays).reversed())
                        .thenComparing(r -> Mentions.fold(r.name())))
                .toList();
        return new PeopleAttention(from, to, rows, PromiseStats.thisMonth(promises, today));
    }

    /** The first day of an Insights range ending {@code today} ("all": as far back as the journal can go). */
    public static LocalDate start(PillarTrend.Range range, LocalDate today) {
        return switch (range) {
            case THREE_MONTHS -> today.minusMonths(3);
            case ONE_YEAR -> today.minusYears(1);
            case ALL -> LocalDate.of(1, 1, 1);
        };
    }

    public static String explained() {
        return t("insights.people.explained");
    }

    /** "Kept 9 of 11 promises on time this month", or what to do when nothing counted yet. */
    public String promiseLine() {
        return promisesThisMonth.thisMonthSentence();
    }

    /** "Mentioned on 3 days · 2 micro-actions". */
    public static String counts(Row r) {
        return t("insights.people.counts", r.mentionDays(), r.microActions());
    }
}
