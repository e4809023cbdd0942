package app.microlead.people;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened with one person in a period: the journal days that mention them (one line each, with
 * the snippet), the habit check-ins that name them (micro-actions, done or "no opportunity"), their
 * 1:1s, and the promises made to them that were open at some time in the period (made on or before its
 * last day and not closed before its first), by their state now. Counts, not verdicts.
 */
public record PersonPeriod(Person person, List<Timeline> mentions, List<Timeline> checkIns, int microActions,
                           List<OneOnOne> oneOnOnes, List<Promise> promises) {

    public PersonPeriod {
        mentions = List.copyOf(mentions);
        checkIns = List.copyOf(checkIns);
        oneOnOnes = List.copyOf(oneOnOnes);
        promises = List.copyOf(promises);
    }

    /** Days the journal mentions them. */
    public int mentionDays() {
        return mentions.size();
    }

    public long promises(Promise.State state) {
        return promises.stream().filter(p -> p.state() == state).count();
    }

    /** Whether anything at all happened with them in the period. */
    public boolean isEmpty() {
        return mentions.isEmpty() && checkIns.isEmpty() && oneOnOnes.isEmpty() && promises.isEmpty();
    }

    static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
