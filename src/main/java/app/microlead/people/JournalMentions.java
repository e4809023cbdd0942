package app.microlead.people;

import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.journal.JournalRepository.DayStamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The journal days that mention each person, kept between reads: each day's mentions are worked out
 * once and read again only when the day was written since ({@link JournalRepository#stamps()}), or
 * when a name on the roster changed (names change what a text mentions). On a 20-year journal a full
 * read takes seconds and churns the heap; after an edit this reads the edited days. Not thread-safe:
 * {@link PeopleService} calls it under its lock, off the FX thread.
 */
final class JournalMentions {

    private static final int SNIPPET_RADIUS = 70;
    /** More changed days than this are read in one pass over the journal instead of one by one. */
    private static final int READ_ONE_BY_ONE = 64;

    /** One person's mention in one day: the line of their timeline. */
    private record Found(long personId, Timeline line) {
    }

    /** One day as it was read, and the people it mentions. */
    private record Day(DayStamp stamp, List<Found> found) {
    }

    /** What in the roster decides what a text mentions: each person's id and name, and their former names. */
    private record Names(List<String> people, Map<Long, List<String>> formerNames) {
        static Names of(List<Person> people, Map<Long, List<String>> formerNames) {
            return new Names(people.stream().map(p -> p.id() + "\u0000" + p.name()).toList(), Map.copyOf(formerNames));
        }
    }

    private final JournalRepository journal;
    private final TreeMap<LocalDate, Day> days = new TreeMap<>();
    private Names names;
    private Map<Long, List<Timeline>> byPerson = Map.of();
    private int lastRead;

    JournalMentions(JournalRepository journal) {
        this.journal = journal;
    }

    /**
     * The journal days that mention each person (by id, oldest first), brought up to date: the roster
     * is {@code people} with their {@code formerNames}, and {@code mentions} its rules.
     */
    Map<Long, List<Timeline>> byPerson(List<Person> people, Map<Long, List<String>> formerNames, Mentions mentions) {
        Map<LocalDate, DayStamp> stamps = journal.stamps();
        Names now = Names.of(people, formerNames);
        boolean changed = false;
        if (!now.equals(names)) {
            days.clear();
            names = now;
            changed = true;
        }
        changed |= days.keySet().retainAll(stamps.keySet());
        Set<LocalDate> stale = new TreeSet<>();
        stamps.forEach((date, stamp) -> {
            Day had = days.get(date);
            if (had == null || !had.stamp().equals(stamp)) {
                stale.add(date);
            }
        });
        lastRead = stale.size();
        if (stale.isEmpty() && !changed) {
            return byPerson;
        }
        days.keySet().removeAll(stale); // a day deleted after the stamps were taken is then not kept either
        if (stale.size() <= READ_ONE_BY_ONE) {
            for (LocalDate date : stale) {
                journal.find(date).ifPresent(e -> days.put(date, new Day(stamps.get(date), find(mentions, e))));
            }
        } else {
            journal.forEachEntry(e -> {
                if (stale.contains(e.date())) {
                    days.put(e.date(), new Day(stamps.get(e.date()), find(mentions, e)));
                }
            });
        }
        Map<Long, List<Timeline>> out = new HashMap<>();
        for (Day d : days.values()) {
            for (Found f : d.found()) {
                out.computeIfAbsent(f.personId(), k -> new ArrayList<>()).add(f.line());
            }
        }
        byPerson = out;
        return out;
    }

    /**
     * As {@link #byPerson}, for the days {@code from} to {@code to} only: reads just those days, and keeps
     * nothing (what {@link #byPerson} keeps is left as it is).
     */
    Map<Long, List<Timeline>> within(Mentions mentions, LocalDate from, LocalDate to) {
        Map<Long, List<Timeline>> out = new HashMap<>();
        int[] read = {0};
        journal.forEachEntry(from, to, e -> {
            read[0]++;
            for (Found f : find(mentions, e)) {
                out.computeIfAbsent(f.personId(), k -> new ArrayList<>()).add(f.line());
            }
        });
        lastRead = read[0];
        return out;
    }

    /**
     * The last day that mentions each of {@code wanted} (a person never mentioned is absent), by the
     * same rules as {@link #byPerson}: the newest days are read first, in spans that double (32 days,
     * then 64, …), and reading stops once everyone wanted was found. A journal that names its people
     * every week or so is read a few weeks deep instead of whole; someone never mentioned still costs
     * a read of every day. Keeps nothing.
     */
    Map<Long, LocalDate> lastMentioned(Mentions mentions, Set<Long> wanted) {
        List<LocalDate> dates = new ArrayList<>(journal.stamps().keySet());
        dates.sort(Comparator.reverseOrder());
        Map<Long, LocalDate> out = new HashMap<>();
        Set<Long> missing = new HashSet<>(wanted);
        int[] read = {0};
        for (int i = 0, span = 32; !missing.isEmpty() && i < dates.size(); span *= 2) {
            int end = Math.min(dates.size(), i + span);
            Map<Long, LocalDate> found = new HashMap<>();
            journal.forEachEntry(dates.get(end - 1), dates.get(i), e -> {
                read[0]++;
                for (Mentions.Mention m : mentions.find(e.searchableText())) {
                    if (missing.contains(m.personId())) {
                        found.merge(m.personId(), e.date(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            });
            out.putAll(found);
            missing.removeAll(found.keySet());
            i = end;
        }
        lastRead = read[0];
        return out;
    }

    /** How many days the last {@link #byPerson} or {@link #lastMentioned} read from the journal (for tests). */
    int lastRead() {
        return lastRead;
    }

    /** The people a day mentions, each once, with the words around their first mention. */
    private static List<Found> find(Mentions mentions, Entry e) {
        String text = e.searchableText();
        List<Found> out = List.of();
        Set<Long> seen = null;
        for (Mentions.Mention m : mentions.find(text)) {
            if (seen == null) {
                seen = new HashSet<>();
                out = new ArrayList<>(2);
            }
            if (seen.add(m.personId())) {
                out.add(new Found(m.personId(), new Timeline(e.date(), Timeline.Kind.JOURNAL,
                        Mentions.snippet(text, m, SNIPPET_RADIUS), null, 0)));
            }
        }
        return out;
    }
}
