package app.microlead.people;

import static app.microlead.common.I18n.t;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attention nudge rules. A person is due a nudge when they were not recognised (no micro-action
 * done for them) for {@link #NOT_RECOGNISED_DAYS} days, had no 1:1 for longer than the cadence the
 * user chose, or were not mentioned for {@link #NOT_MENTIONED_DAYS} days — each counted from the last
 * time it happened, or from the day the person was added (or started) when it never did. Archived
 * people, people whose nudges are off, and people snoozed until today or later are never nudged. Of
 * all that are due, the one most overdue (days past the limit, relative to the limit) is chosen;
 * ties go to the earlier reason, then the name.
 */
public final class Nudges {

    public static final int NOT_RECOGNISED_DAYS = 21;
    public static final int NOT_MENTIONED_DAYS = 30;

    public enum Reason { NO_ONE_ON_ONE, NOT_RECOGNISED, NOT_MENTIONED }

    /** A nudge about a person, {@code days} since the thing last happened. */
    public record Nudge(Person person, Reason reason, long days) {

        /** The sentence Today shows, with the reason. */
        public String text() {
            return switch (reason) {
                case NOT_RECOGNISED -> t("people.nudge.not.recognised", person.name(), days);
                case NOT_MENTIONED -> t("people.nudge.not.mentioned", person.name(), days);
                case NO_ONE_ON_ONE -> t("people.nudge.no.one.on.one", person.name(), days / 7,
                        person.cadence().label());
            };
        }

        double overdue() {
            int limit = limit(person, reason);
            return (double) (days - limit) / limit;
        }
    }

    private Nudges() {
    }

    static int limit(Person p, Reason r) {
        return switch (r) {
            case NOT_RECOGNISED -> NOT_RECOGNISED_DAYS;
            case NOT_MENTIONED -> NOT_MENTIONED_DAYS;
            case NO_ONE_ON_ONE -> p.cadence().days();
        };
    }

    /** Whether {@code p} may be nudged about on {@code today} at all. */
    public static boolean nudgeable(Person p, LocalDate today) {
        return !p.archived() && !p.nudgesOff() && (p.snoozedUntil() == null || p.snoozedUntil().isBefore(today));
    }

    /** The nudge for {@code p} with {@code reason} if it is due on {@code today}. */
    public static Optional<Nudge> check(Person p, Reason reason, Attention a, LocalDate today) {
        if (!nudgeable(p, today) || (reason == Reason.NO_ONE_ON_ONE && p.cadence() == Person.Cadence.NONE)) {
            return Optional.empty();
        }
        LocalDate last = switch (reason) {
            case NOT_RECOGNISED -> a.lastRecognised();
            case NOT_MENTIONED -> a.lastMentioned();
            case NO_ONE_ON_ONE -> a.lastOneOnOne();
        };
        LocalDate since = last != null ? last : p.knownSince();
        long days = ChronoUnit.DAYS.between(since, today);
        boolean due = reason == Reason.NO_ONE_ON_ONE ? days > limit(p, reason) : days >= limit(p, reason);
        return due ? Optional.of(new Nudge(p, reason, days)) : Optional.empty();
    }

    /** The one nudge for {@code today}, if anyone is due one. */
    public static Optional<Nudge> choose(List<Person> people, Map<Long, Attention> attention, LocalDate today) {
        return people.stream()
                .flatMap(p -> Arrays.stream(Reason.values())
                        .map(r -> check(p, r, attention.getOrDefault(p.id(), Attention.none(p.id())), today)))
                .flatMap(Optional::stream)
                .min(Comparator.comparingDouble(Nudge::overdue).reversed()
                        .thenComparing(n -> n.reason().ordinal())
                        .thenComparing(n -> Mentions.fold(n.person().name())));
    }
}
