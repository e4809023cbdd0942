package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitDay;
import app.microlead.habits.HabitRepository;
import app.microlead.journal.JournalRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the journal knows about each person, read from the journal's text (mentions, resolved against
 * the current roster), the habit check-ins that name them (picked, or by name in the note), their
 * 1:1s and promises. What was read is kept until anything is written; the journal's days are then
 * read again only where they changed ({@link JournalMentions}). Call off the FX thread.
 */
public final class PeopleService {

    /** A check-in that names a person. */
    record CheckInFor(long personId, Habit habit, CheckIn checkIn) {
    }

    /** A person named on a habit's day, counted once however often the day names them. */
    private record PersonOnHabitDay(long personId, HabitDay habitDay) {
    }

    /**
     * What was read, at {@code version} ({@link HabitRepository#version()}) and {@code besidesDays}
     * ({@link JournalRepository#writesBesidesDays()}).
     */
    private record Snapshot(long version, long besidesDays, List<Person> people, Map<Long, List<String>> formerNames,
                            Mentions mentions, Map<Long, List<Timeline>> journal, List<CheckInFor> checkIns,
                            List<OneOnOne> meetings, List<Promise> promises) {

        Snapshot withJournal(long version, Map<Long, List<Timeline>> journal) {
            return new Snapshot(version, besidesDays, people, formerNames, mentions, journal, checkIns, meetings, promises);
        }
    }

    private final PeopleRepository repo;
    private final HabitRepository habits;
    private final Clock clock;
    private final JournalRepository journal;
    /** {@link #attentionForNudges()} as it was worked out at {@code version} on {@code day}. */
    private record QuickAttention(long version, LocalDate day, Map<Long, Attention> attention) {
    }

    private final JournalMentions journalMentions;
    private Snapshot cached;
    private QuickAttention quick;

    public PeopleService(PeopleRepository repo, JournalRepository journal, HabitRepository habits, Clock clock) {
        this.repo = repo;
        this.habits = habits;
        this.clock = clock;
        this.journal = journal;
        this.journalMentions = new JournalMentions(journal);
    }

    public PeopleRepository repository() {
        return repo;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The mention rules for the roster as it is now, archived people included. */
    public Mentions mentions() {
        return new Mentions(repo.people(true), repo.aliases());
    }

    private synchronized Snapshot snapshot() {
        long version = habits.version();
        if (cached != null && cached.version() == version) {
            return cached;
        }
        long besidesDays = journal.writesBesidesDays();
        if (cached != null && cached.besidesDays() == besidesDays) {
            // only days were written: read those again, and keep the rest
            cached = cached.withJournal(version,
                    journalMentions.byPerson(cached.people(), cached.formerNames(), cached.mentions()));
            return cached;
        }
        List<Person> people = repo.people(true);
        Map<Long, List<String>> formerNames = repo.aliases();
        Mentions m = new Mentions(people, formerNames);
        Map<Long, List<Timeline>> days = journalMentions.byPerson(people, formerNames, m);
        cached = new Snapshot(version, besidesDays, people, formerNames, m, days,
                checkInsNaming(m, repo.pickedCheckIns(), habits.checkInsWithNotes()), repo.allOneOnOnes(),
                repo.allPromises());
        return cached;
    }

    /**
     * Of {@code picked} and {@code withNotes}, the check-ins that name someone by the rules {@code m}: picked
     * for them, or named in the note.
     */
    private List<CheckInFor> checkInsNaming(Mentions m, List<PeopleRepository.PickedCheckIn> picked,
                                            List<CheckIn> withNotes) {
        Map<Long, Habit> byId = habits.habits(true).stream().collect(Collectors.toMap(Habit::id, Function.identity()));
        // only the check-ins that can name someone: those with people picked, and those with a note
        Set<PersonOnHabitDay> linked = new HashSet<>();
        List<CheckInFor> checkIns = new ArrayList<>();
        for (PeopleRepository.PickedCheckIn p : picked) {
            CheckIn c = p.checkIn();
            if (byId.containsKey(c.habitId()) && linked.add(new PersonOnHabitDay(p.personId(), new HabitDay(c.habitId(), c.date())))) {
                checkIns.add(new CheckInFor(p.personId(), byId.get(c.habitId()), c));
            }
        }
        for (CheckIn c : withNotes) {
            if (byId.containsKey(c.habitId())) {
                for (long id : m.people(c.note())) {
                    if (linked.add(new PersonOnHabitDay(id, new HabitDay(c.habitId(), c.date())))) {
                        checkIns.add(new CheckInFor(id, byId.get(c.habitId()), c));
                    }
                }
            }
        }
        return checkIns;
    }

    /** How many journal days the last read of the journal read again (for tests). */
    synchronized int journalDaysLastRead() {
        return journalMentions.lastRead();
    }

    /** Everything about one person, newest first. */
    public List<Timeline> timeline(long personId) {
        Snapshot s = snapshot();
        List<Timeline> out = new ArrayList<>(s.journal().getOrDefault(personId, List.of()));
        for (CheckInFor c : s.checkIns()) {
            if (c.personId() == personId) {
                String note = c.checkIn().note().isEmpty() ? "" : " — " + c.checkIn().note();
                out.add(new Timeline(c.checkIn().date(), Timeline.Kind.CHECK_IN, c.habit().name() + note,
                        c.checkIn().state() == CheckIn.State.DONE ? c.habit().pillar() : null, c.habit().id()));
            }
        }
        for (OneOnOne o : s.meetings()) {
            if (o.personId() == personId) {
                String text = !o.notes().isEmpty() ? o.notes() : o.talkingPoints();
                out.add(new Timeline(o.date(), Timeline.Kind.ONE_ON_ONE, firstLine(text), null, o.id()));
            }
        }
        for (Promise p : s.promises()) {
            if (p.personId() == personId) {
                out.add(new Timeline(p.madeOn(), Timeline.Kind.PROMISE, p.text() + " — " + p.status(), null, p.id()));
            }
        }
        out.sort(Comparator.comparing(Timeline::date).reversed().thenComparing(Timeline::kind));
        return out;
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /**
     * What happened with each person from {@code from} to {@code to}: everyone on the roster, and archived
     * people only when something happened with them then. Sorted as the roster is (by name).
     */
    public List<PersonPeriod> period(LocalDate from, LocalDate to) {
        return period(forPeriod(from, to), from, to);
    }

    /**
     * Days a period may span and still be read on its own ({@link #forPeriod}): a year and a little more,
     * as Insights' shorter ranges and a quarter's review.
     */
    static final long OWN_READ_DAYS = 400;

    /**
     * What a period needs: what is kept, brought up to date, when anything is kept or the period is long; for
     * a period of at most {@link #OWN_READ_DAYS} days before anything was kept, only that period's days and
     * check-ins, read now and not kept. Insights' People card for the last quarter read the whole 20-year
     * journal the first time (about a second, and 300 MB of garbage that made the window stutter meanwhile).
     */
    private synchronized Snapshot forPeriod(LocalDate from, LocalDate to) {
        if (cached != null || ChronoUnit.DAYS.between(from, to) > OWN_READ_DAYS) {
            return snapshot();
        }
        List<Person> people = repo.people(true);
        Map<Long, List<String>> formerNames = repo.aliases();
        Mentions m = new Mentions(people, formerNames);
        return new Snapshot(-1, -1, people, formerNames, m, journalMentions.within(m, from, to),
                checkInsNaming(m, repo.pickedCheckIns(from, to), habits.checkInsWithNotes(from, to)),
                repo.allOneOnOnes(), repo.allPromises());
    }

    private static List<PersonPeriod> period(Snapshot s, LocalDate from, LocalDate to) {
        List<PersonPeriod> out = new ArrayList<>();
        for (Person p : s.people()) {
            long id = p.id();
            List<Timeline> mentions = s.journal().getOrDefault(id, List.of()).stream()
                    .filter(x -> PersonPeriod.within(x.date(), from, to))
                    .sorted(Comparator.comparing(Timeline::date)).toList();
            List<Timeline> checkIns = new ArrayList<>();
            int done = 0;
            for (CheckInFor c : s.checkIns()) {
                if (c.personId() == id && PersonPeriod.within(c.checkIn().date(), from, to)) {
                    boolean isDone = c.checkIn().state() == CheckIn.State.DONE;
                    done += isDone ? 1 : 0;
                    String note = c.checkIn().note().isEmpty() ? "" : " — " + c.checkIn().note();
                    checkIns.add(new Timeline(c.checkIn().date(), Timeline.Kind.CHECK_IN, c.habit().name() + note,
                            isDone ? c.habit().pillar() : null, c.habit().id()));
                }
            }
            checkIns.sort(Comparator.comparing(Timeline::date));
            List<OneOnOne> meetings = s.meetings().stream()
                    .filter(o -> o.personId() == id && PersonPeriod.within(o.date(), from, to))
                    .sorted(Comparator.comparing(OneOnOne::date).thenComparingLong(OneOnOne::id)).toList();
            List<Promise> promises = s.promises().stream()
                    .filter(x -> x.personId() == id && !x.madeOn().isAfter(to)
                            && (x.closedOn() == null || !x.closedOn().isBefore(from)))
                    .sorted(Comparator.comparing(Promise::madeOn).thenComparingLong(Promise::id)).toList();
            PersonPeriod pp = new PersonPeriod(p, mentions, checkIns, done, meetings, promises);
            if (!p.archived() || !pp.isEmpty()) {
                out.add(pp);
            }
        }
        return out;
    }

    /** The attention every person got, by id. */
    public Map<Long, Attention> attention() {
        Snapshot s = snapshot();
        Map<Long, Attention> out = new HashMap<>();
        for (Person p : s.people()) {
            out.put(p.id(), attentionOf(s, p.id()));
        }
        return out;
    }

    public Attention attention(long personId) {
        return attentionOf(snapshot(), personId);
    }

    /**
     * The attention the nudge rules ({@link Nudges}) need, for everyone, without reading the whole journal
     * when People has not read it yet: the last day that mentions each person who can be nudged today is
     * found by reading the newest days first ({@link JournalMentions#lastMentioned}), the last day something
     * was done for them from the newest check-ins, and {@link Attention#mentionDays()} and
     * {@link Attention#doneByPillar()} are then left empty. Today's nudge and the prompt about a person ask
     * this on the evening's first start, where a whole read of a 20-year journal would hold back the day's
     * prompts for a second or more. Once People has read the journal (and the roster is unchanged since),
     * that read is used, brought up to date.
     */
    public synchronized Map<Long, Attention> attentionForNudges() {
        if (cached != null && cached.besidesDays() == journal.writesBesidesDays()) {
            return attention(); // People's read, brought up to date by reading the days written since
        }
        long version = habits.version();
        LocalDate day = today();
        if (quick != null && quick.version() == version && quick.day().equals(day)) {
            return quick.attention(); // Today's nudge and its prompt ask at the same time
        }
        List<Person> people = repo.people(true);
        Mentions m = new Mentions(people, repo.aliases());
        Set<Long> nudgeable = people.stream().filter(p -> Nudges.nudgeable(p, day)).map(Person::id)
                .collect(Collectors.toSet());
        Map<Long, LocalDate> lastMentioned = journalMentions.lastMentioned(m, nudgeable);
        Map<Long, LocalDate> lastRecognised = lastRecognised(m, nudgeable);
        Map<Long, LocalDate> lastOneOnOne = new HashMap<>();
        for (OneOnOne o : repo.allOneOnOnes()) {
            lastOneOnOne.merge(o.personId(), o.date(), PeopleService::later);
        }
        Map<Long, Attention> out = new HashMap<>();
        for (Person p : people) {
            out.put(p.id(), new Attention(p.id(), lastMentioned.get(p.id()), lastRecognised.get(p.id()),
                    lastOneOnOne.get(p.id()), 0, Map.of()));
        }
        quick = new QuickAttention(version, day, Map.copyOf(out));
        return quick.attention();
    }

    /**
     * The last day something was done for each person: picked on a done check-in, or named in its note.
     * The notes are read newest first, and only until none of {@code wanted} can get a later day from them.
     */
    private Map<Long, LocalDate> lastRecognised(Mentions m, Set<Long> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> out = new HashMap<>(repo.lastDonePicked(wanted));
        Set<Long> notYetInANote = new HashSet<>(wanted);
        habits.doneWithNotesNewestFirst(c -> {
            for (long id : m.people(c.note())) {
                if (notYetInANote.remove(id)) {
                    out.merge(id, c.date(), PeopleService::later);
                }
            }
            // the notes still to come are of this day or older: go on only while that can still be later
            return notYetInANote.stream().anyMatch(id -> out.get(id) == null || out.get(id).isBefore(c.date()));
        });
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Attention attentionOf(Snapshot s, long id) {
        List<Timeline> days = s.journal().getOrDefault(id, List.of());
        LocalDate lastMentioned = days.stream().map(Timeline::date).max(Comparator.naturalOrder()).orElse(null);
        return attentionOf(id, lastMentioned, days.size(), s.checkIns(), s.meetings());
    }

    private static Attention attentionOf(long id, LocalDate lastMentioned, int mentionDays, List<CheckInFor> checkIns,
                                         List<OneOnOne> meetings) {
        LocalDate lastRecognised = null;
        Map<Pillar, Integer> byPillar = new EnumMap<>(Pillar.class);
        for (CheckInFor c : checkIns) {
            if (c.personId() == id && c.checkIn().state() == CheckIn.State.DONE) {
                LocalDate d = c.checkIn().date();
                lastRecognised = lastRecognised == null || d.isAfter(lastRecognised) ? d : lastRecognised;
                if (c.habit().pillar() != null) {
                    byPillar.merge(c.habit().pillar(), 1, Integer::sum);
                }
            }
        }
        LocalDate lastOneOnOne = meetings.stream().filter(o -> o.personId() == id).map(OneOnOne::date)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Attention(id, lastMentioned, lastRecognised, lastOneOnOne, mentionDays, byPillar);
    }

    /**
     * The one nudge for today: the one already chosen today if it still applies (else none), otherwise
     * the most overdue one, which is recorded so the day keeps it.
     */
    public Optional<Nudges.Nudge> nudgeToday() {
        LocalDate today = today();
        List<Person> people = repo.people(true);
        Map<Long, Attention> attention = attentionForNudges();
        Optional<PeopleRepository.ShownNudge> shown = repo.nudgeOn(today);
        if (shown.isPresent()) {
            return people.stream().filter(p -> p.id() == shown.get().personId()).findFirst()
                    .flatMap(p -> Nudges.check(p, shown.get().reason(),
                            attention.getOrDefault(p.id(), Attention.none(p.id())), today));
        }
        Optional<Nudges.Nudge> chosen = Nudges.choose(people, attention, today);
        chosen.ifPresent(n -> repo.recordNudge(new PeopleRepository.ShownNudge(today, n.person().id(), n.reason())));
        return chosen;
    }

    /**
     * The Professionalism figure "You kept 9 of 11 promises on time this month." (or that none was due
     * yet), or empty when no promise was ever made.
     */
    public String promisesThisMonth() {
        List<Promise> all = repo.allPromises();
        return all.isEmpty() ? "" : PromiseStats.thisMonth(all, today()).thisMonthSentence();
    }

    /** Open promises due today or earlier, with the person they were made to. */
    public List<Map.Entry<Person, Promise>> promisesDue() {
        Map<Long, Person> people = repo.people(true).stream().collect(Collectors.toMap(Person::id, p -> p));
        List<Map.Entry<Person, Promise>> out = new ArrayList<>();
        for (Promise p : repo.openDueBy(today())) {
            Person who = people.get(p.personId());
            if (who != null) {
                out.add(Map.entry(who, p));
            }
        }
        return out;
    }

    /** Every open promise, one line each ("To Ana: review the draft · due 3 March 2026"), earliest due first. */
    public List<String> openPromiseLines() {
        return openPromiseLines(LocalDate.MAX);
    }

    /**
     * As {@link #openPromiseLines()}, of the promises that were open at the end of {@code day} (a past week's review:
     * none made after it, and those kept, broken or dropped since were still open then).
     */
    public List<String> openPromiseLines(LocalDate day) {
        Map<Long, Person> people = repo.people(true).stream().collect(Collectors.toMap(Person::id, p -> p));
        return repo.allPromises().stream()
                .filter(p -> people.containsKey(p.personId()) && !p.madeOn().isAfter(day))
                .filter(p -> p.state() == Promise.State.OPEN || p.closedOn() != null && p.closedOn().isAfter(day))
                .sorted(Comparator.comparing(Promise::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(p -> t("people.today.promise", people.get(p.personId()).name(), p.text())
                        + (p.due() == null ? "" : " · " + t("people.agenda.due", Agenda.day(p.due()))))
                .toList();
    }
}
