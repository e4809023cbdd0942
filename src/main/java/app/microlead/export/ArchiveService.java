package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.Answers;
import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitDay;
import app.microlead.habits.HabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.journal.PromptRepository;
import app.microlead.people.Mentions;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.review.WeeklyReview;
import app.microlead.review.WeeklyReviewRepository;
import app.microlead.storage.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes the whole journal to a JSON archive and reads one back, all or nothing. */
public final class ArchiveService {

    /** How an archive meets a journal that already holds data. */
    public enum Merge {
        /** Refuse unless the journal is empty. */
        ONLY_IF_EMPTY,
        /** Days that already have a reflection keep theirs; the archive's version of them is skipped. */
        SKIP_EXISTING_DAYS,
        /** Days in both keep both texts: the archive's text is added below the journal's. */
        KEEP_BOTH
    }

    /** What an import did. */
    public record Report(int entriesAdded, int entriesSkipped, int entriesMerged, int habitsAdded, int checkIns,
                         int assessments, int weeklyReviews, int peopleAdded, int peopleMatched, int oneOnOnes,
                         int promises) {

        /** What a journal import without people did. */
        public Report(int entriesAdded, int entriesSkipped, int entriesMerged, int habitsAdded, int checkIns,
                      int assessments, int weeklyReviews) {
            this(entriesAdded, entriesSkipped, entriesMerged, habitsAdded, checkIns, assessments, weeklyReviews,
                    0, 0, 0, 0);
        }

        public String describe() {
            String s = t("export.import.report", entriesAdded, entriesMerged, entriesSkipped, habitsAdded, checkIns,
                    assessments, weeklyReviews);
            return peopleAdded + peopleMatched + oneOnOnes + promises == 0 ? s
                    : s + " " + t("export.import.report.people", peopleAdded, peopleMatched, oneOnOnes, promises);
        }
    }

    private final Database db;
    private final JournalRepository journal;
    private final PromptRepository prompts;
    private final HabitRepository habits;
    private final AssessmentRepository assessments;
    private final WeeklyReviewRepository reviews;
    private final PeopleRepository people;
    private final Clock clock;
    private final String appVersion;

    public ArchiveService(Database db, JournalRepository journal, PromptRepository prompts, HabitRepository habits,
                          AssessmentRepository assessments, WeeklyReviewRepository reviews, PeopleRepository people,
                          Clock clock, String appVersion) {
        this.reviews = reviews;
        this.people = people;
        this.db = db;
        this.journal = journal;
        this.prompts = prompts;
        this.habits = habits;
        this.assessments = assessments;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    // --- export --------------------------------------------------------------------------------

    /** Everything in the journal as an archive (read in one consistent transaction). */
    public Archive snapshot(Map<String, String> settings) {
        return db.transaction(() -> {
            List<Archive.EntryData> entries = new ArrayList<>();
            journal.forEachEntry(e -> entries.add(toData(e)));
            Archive.PromptData p = new Archive.PromptData(
                    prompts.customPrompts().stream().map(c -> new Archive.CustomPromptData(c.id(),
                            c.pillar() == null ? null : c.pillar().name(), c.text())).toList(),
                    prompts.disabledIds().stream().sorted().toList(),
                    prompts.shownBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));
            Map<Long, Map<LocalDate, CheckIn>> all = habits.allCheckIns();
            Map<HabitDay, List<Long>> named = new HashMap<>();
            for (PeopleRepository.CheckInPerson cp : people.allCheckInPeople()) {
                named.computeIfAbsent(new HabitDay(cp.habitId(), cp.date()), k -> new ArrayList<>()).add(cp.personId());
            }
            named.values().forEach(ids -> ids.sort(Comparator.naturalOrder()));
            List<Archive.HabitData> hs = habits.habits(true).stream().map(h -> new Archive.HabitData(h.id(),
                    h.catalogueId(), h.name(), h.description(), h.pillar() == null ? null : h.pillar().name(),
                    h.schedule().format(), h.sortOrder(), h.archived(), h.startDate(), h.ifThenPlan(),
                    all.getOrDefault(h.id(), Map.of()).values().stream().map(c -> new Archive.CheckInData(c.date(),
                            c.state().name(), c.note(), named.get(new HabitDay(h.id(), c.date())))).toList())).toList();
            List<Archive.SessionData> ss = new ArrayList<>();
            List<Session> sessions = new ArrayList<>(assessments.finished());
            assessments.unfinished().ifPresent(sessions::add);
            for (Session s : sessions) {
                ss.add(new Archive.SessionData(s.id(), s.startedAt(), s.finishedAt(), s.bankId(), s.bankVersion(),
                        s.position(), s.answers().likert(), s.answers().scenarios(), s.planHabitId(), s.planText()));
            }
            List<Archive.WeeklyReviewData> ws = reviews.between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31))
                    .stream().map(r -> new Archive.WeeklyReviewData(r.weekEnd(), r.wentWell(), r.differently(),
                            r.nextAction(), r.commitment(), r.createdAt(), r.updatedAt())).toList();
            return new Archive(Archive.FORMAT, Archive.VERSION, clock.instant(), appVersion, entries, p, hs, ss,
                    settings, ws, people());
        });
    }

    /** The roster with archived people, former names, 1:1s and promises (each oldest first). */
    private List<Archive.PersonData> people() {
        Map<Long, List<String>> aliases = people.aliases();
        Map<Long, List<Archive.OneOnOneData>> meetings = new HashMap<>();
        people.allOneOnOnes().stream().sorted(Comparator.comparing(OneOnOne::date).thenComparingLong(OneOnOne::id))
                .forEach(m -> meetings.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(
                        new Archive.OneOnOneData(m.date(), m.talkingPoints(), m.notes(), m.followUps())));
        Map<Long, List<Archive.PromiseData>> promised = new HashMap<>();
        people.allPromises().stream().sorted(Comparator.comparing(Promise::madeOn).thenComparingLong(Promise::id))
                .forEach(x -> promised.computeIfAbsent(x.personId(), k -> new ArrayList<>()).add(
                        new Archive.PromiseData(x.text(), x.madeOn(), x.due(), x.state().name(), x.closedOn())));
        return people.people(true).stream().map(p -> new Archive.PersonData(p.id(), p.name(),
                aliases.getOrDefault(p.id(), List.of()), p.role(), p.team(), p.startDate(), p.hopes(),
                p.cadence().name(), p.archived(), p.addedOn(), p.nudgesOff(), p.snoozedUntil(),
                meetings.getOrDefault(p.id(), List.of()), promised.getOrDefault(p.id(), List.of()))).toList();
    }

    private static Archive.EntryData toData(Entry e) {
        return new Archive.EntryData(e.date(), e.text(), e.mood(), e.energy(), e.tags(),
                e.answers().stream().map(a -> new Archive.AnswerData(a.promptId(), a.promptText(), a.answer())).toList(),
                e.createdAt(), e.updatedAt());
    }

    /** Writes the archive to {@code out} through a temporary file, so a failed export leaves nothing half-written. */
    public void write(Archive archive, Path out) throws IOException {
        ObjectMapper mapper = ArchiveReader.mapper();
        AtomicFile.write(out, os -> mapper.writerWithDefaultPrettyPrinter().writeValue(os, archive));
    }

    // --- import --------------------------------------------------------------------------------

    /** True when the journal holds no reflections, habits or self-assessments. */
    public boolean journalIsEmpty() {
        return journal.count() == 0 && habits.habits(true).isEmpty() && assessments.finished().isEmpty()
                && assessments.unfinished().isEmpty() && reviews.all().isEmpty() && people.people(true).isEmpty();
    }

    /**
     * Imports a validated archive in one transaction: if anything fails, nothing is changed.
     *
     * @throws ImportException when {@code merge} is {@link Merge#ONLY_IF_EMPTY} and the journal has data,
     *                         or when a person in the archive has a name two people in the journal share
     */
    public Report importArchive(Archive a, Merge merge) throws ImportException {
        if (merge == Merge.ONLY_IF_EMPTY && !journalIsEmpty()) {
            throw new ImportException(ImportException.Kind.JOURNAL, t("export.import.not.empty"));
        }
        Map<String, Person> matched = peopleByName(a.people());
        return db.transaction(() -> doImport(a, merge, matched));
    }

    /**
     * The journal's people the archive's people are matched to, by name (case and accents aside, as
     * mentions are): a name one person in the journal has is that person.
     *
     * @throws ImportException when two people in the journal share a name the archive has (which one is
     *                         meant cannot be told), or the journal has that name once and the archive twice
     */
    private Map<String, Person> peopleByName(List<Archive.PersonData> incoming) throws ImportException {
        Map<String, List<Person>> have = new HashMap<>();
        for (Person p : people.people(true)) {
            have.computeIfAbsent(Mentions.fold(p.name()), k -> new ArrayList<>()).add(p);
        }
        Map<String, Integer> inArchive = new HashMap<>();
        incoming.forEach(p -> inArchive.merge(nameKey(p.name()), 1, Integer::sum));
        Map<String, Person> out = new HashMap<>();
        for (Archive.PersonData p : incoming) {
            String key = nameKey(p.name());
            List<Person> same = have.getOrDefault(key, List.of());
            if (same.size() > 1) {
                throw new ImportException(ImportException.Kind.JOURNAL,
                        t("export.import.person.ambiguous", shownName(p.name()), same.size()));
            }
            if (same.size() == 1 && inArchive.get(key) > 1) {
                throw new ImportException(ImportException.Kind.JOURNAL,
                        t("export.import.person.twice", shownName(p.name())));
            }
            if (same.size() == 1) {
                out.put(key, same.get(0));
            }
        }
        return out;
    }

    /**
     * A name for a message, between single quotes that the log's redaction cuts out (names never reach a
     * log); an apostrophe in it becomes a typographic one so that it cannot end the quote early.
     */
    private static String shownName(String name) {
        return ArchiveValidator.personName(name).replace('\'', '’');
    }

    private static String nameKey(String name) {
        return Mentions.fold(ArchiveValidator.personName(name));
    }

    private Report doImport(Archive a, Merge merge, Map<String, Person> matched) {
        int added = 0;
        int skipped = 0;
        int merged = 0;
        for (Archive.EntryData d : a.entries()) {
            Entry incoming = ArchiveReader.toEntry(d);
            Optional<Entry> existing = journal.find(d.date());
            if (existing.isEmpty()) {
                journal.restore(incoming);
                added++;
            } else if (merge == Merge.KEEP_BOTH) {
                Entry e = existing.get();
                List<String> tags = new ArrayList<>(e.tags());
                incoming.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
                List<Entry.PromptAnswer> answers = new ArrayList<>(e.answers());
                incoming.answers().stream().filter(x -> answers.stream().noneMatch(y -> y.promptId().equals(x.promptId())))
                        .forEach(answers::add);
                String text = e.text().isBlank() ? incoming.text()
                        : incoming.text().isBlank() ? e.text() : e.text() + "\n\n---\n\n" + incoming.text();
                journal.restore(new Entry(e.date(), text, e.mood() != null ? e.mood() : incoming.mood(),
                        e.energy() != null ? e.energy() : incoming.energy(), tags, answers, e.createdAt(),
                        clock.instant()));
                merged++;
            } else {
                skipped++;
            }
        }
        Archive.PromptData p = a.prompts();
        if (p != null) {
            for (Archive.CustomPromptData c : p.custom()) {
                prompts.restoreCustom(new PromptRepository.CustomPrompt(c.id(),
                        c.pillar() == null ? null : Pillar.valueOf(c.pillar()), c.text()));
            }
            p.disabled().forEach(id -> prompts.setDisabled(id, true));
            p.shown().forEach((day, ids) -> {
                if (prompts.shownOn(day).isEmpty()) {
                    prompts.setShown(day, ids);
                }
            });
        }
        PeopleImport who = importPeople(a.people(), matched);
        Map<Long, Long> habitIds = new HashMap<>();
        int habitsAdded = 0;
        int checkIns = 0;
        List<Habit> current = habits.habits(true);
        for (Archive.HabitData h : a.habits()) {
            Optional<Habit> same = current.stream().filter(x -> h.catalogueId() != null
                    ? h.catalogueId().equals(x.catalogueId()) : x.catalogueId() == null && x.name().equals(h.name()))
                    .findFirst();
            Habit target;
            Map<LocalDate, CheckIn> have;
            if (same.isPresent()) {
                target = same.get();
                have = habits.checkIns(target.id());
            } else {
                Habit added0 = habits.add(new Habit(0, h.catalogueId(), h.name(), h.description(),
                        h.pillar() == null ? null : Pillar.valueOf(h.pillar()), Schedule.parse(h.schedule()),
                        h.sortOrder(), h.archived(), h.startDate(), h.ifThenPlan()));
                target = added0;
                have = Map.of();
                habitsAdded++;
            }
            // the archive's days are the habit's history: a habit that started later here (added again on this
            // computer) starts on the first of them, so that none is kept unseen before its start
            Habit widened = target.startingBy(h.checkIns().stream().map(Archive.CheckInData::date)
                    .min(LocalDate::compareTo).orElse(null));
            if (widened != target) {
                target = widened;
                habits.update(target);
            }
            habitIds.put(h.id(), target.id());
            for (Archive.CheckInData c : h.checkIns()) {
                if (!have.containsKey(c.date())) {
                    habits.setCheckIn(new CheckIn(target.id(), c.date(), CheckIn.State.valueOf(c.state()), c.note()));
                    checkIns++;
                    // a check-in's people come with it; one the journal already has keeps its own
                    if (c.people() != null && !c.people().isEmpty()) {
                        Set<Long> ids = new LinkedHashSet<>();
                        c.people().forEach(id -> ids.add(who.ids().get(id)));
                        people.setCheckInPeople(target.id(), c.date(), ids);
                    }
                }
            }
        }
        int sessions = 0;
        Set<List<Object>> taken = new HashSet<>();
        assessments.finished().forEach(s -> taken.add(sameSession(s.startedAt(), s.finishedAt(), s.bankId())));
        for (Archive.SessionData s : a.assessments()) {
            Long plan = s.planHabitId() == null ? null : habitIds.get(s.planHabitId());
            if (s.finishedAt() == null && assessments.unfinished().isPresent()) {
                continue; // one unfinished session at a time: the journal's own wins
            }
            if (s.finishedAt() != null && !taken.add(sameSession(s.startedAt(), s.finishedAt(), s.bankId()))) {
                continue; // the journal has it already (the same archive imported again)
            }
            assessments.restore(new Session(0, s.startedAt(), s.finishedAt(), s.bankId(), s.bankVersion(), s.position(),
                    new Answers(s.likert(), s.scenarios()), plan, s.planText()), false);
            sessions++;
        }
        int weekly = 0;
        for (Archive.WeeklyReviewData w : a.weeklyReviews()) {
            Instant now = clock.instant();
            WeeklyReview incoming = new WeeklyReview(w.weekEnd(), w.wentWell(), w.differently(), w.nextAction(),
                    w.commitment(), w.createdAt() == null ? now : w.createdAt(),
                    w.updatedAt() == null ? now : w.updatedAt());
            Optional<WeeklyReview> have = reviews.find(w.weekEnd());
            if (have.isEmpty() || have.get().isBlank()) {
                reviews.restore(incoming);
                weekly++;
            } else if (merge == Merge.KEEP_BOTH) {
                WeeklyReview h = have.get();
                reviews.restore(new WeeklyReview(h.weekEnd(), both(h.wentWell(), incoming.wentWell()),
                        both(h.differently(), incoming.differently()),
                        h.nextAction().isEmpty() ? incoming.nextAction() : h.nextAction(),
                        h.commitment().isEmpty() ? incoming.commitment() : h.commitment(), h.createdAt(), now));
                weekly++;
            }
        }
        return new Report(added, skipped, merged, habitsAdded, checkIns, sessions, weekly, who.added(), who.matched(),
                who.oneOnOnes(), who.promises());
    }

    /** The archive's person ids → the journal's, and what was added. */
    private record PeopleImport(Map<Long, Long> ids, int added, int matched, int oneOnOnes, int promises) {
    }

    /**
     * Adds the archive's people, or matches them by name to the journal's (whose fields then stay as
     * they are; former names, 1:1s and promises the journal lacks are added).
     */
    private PeopleImport importPeople(List<Archive.PersonData> incoming, Map<String, Person> matched) {
        Map<Long, Long> ids = new HashMap<>();
        int added = 0;
        int meetings = 0;
        int promised = 0;
        Map<Long, List<String>> aliases = people.aliases();
        for (Archive.PersonData d : incoming) {
            Person same = matched.get(nameKey(d.name()));
            Person target;
            List<OneOnOne> haveMeetings = List.of();
            List<Promise> havePromises = List.of();
            if (same == null) {
                target = people.add(new Person(0, d.name(), d.role(), d.team(), d.startDate(), d.hopes(),
                        Person.Cadence.valueOf(d.cadence()), d.archived(), d.addedOn(), d.nudgesOff(),
                        d.snoozedUntil()));
                added++;
            } else {
                target = same;
                haveMeetings = people.oneOnOnes(target.id());
                havePromises = people.promises(target.id());
            }
            ids.put(d.id(), target.id());
            List<String> known = aliases.getOrDefault(target.id(), List.of());
            Set<String> former = new LinkedHashSet<>();
            if (d.formerNames() != null) {
                d.formerNames().stream().map(ArchiveValidator::personName)
                        .filter(n -> !nameKey(n).equals(nameKey(target.name())))
                        .filter(n -> known.stream().noneMatch(k -> nameKey(k).equals(nameKey(n))))
                        .forEach(former::add);
            }
            people.addFormerNames(target.id(), List.copyOf(former));
            for (Archive.OneOnOneData m : d.oneOnOnes()) {
                OneOnOne meeting = new OneOnOne(0, target.id(), m.date(), m.talkingPoints(), m.notes(), m.followUps());
                if (haveMeetings.stream().noneMatch(x -> x.date().equals(meeting.date())
                        && x.talkingPoints().equals(meeting.talkingPoints()) && x.notes().equals(meeting.notes())
                        && x.followUps().equals(meeting.followUps()))) {
                    people.saveOneOnOne(meeting);
                    meetings++;
                }
            }
            for (Archive.PromiseData x : d.promises()) {
                Promise promise = new Promise(0, target.id(), x.text(), x.madeOn(), x.due(),
                        Promise.State.valueOf(x.state()), x.closedOn());
                if (havePromises.stream().noneMatch(y -> y.madeOn().equals(promise.madeOn())
                        && y.text().equals(promise.text()))) {
                    people.savePromise(promise);
                    promised++;
                }
            }
        }
        return new PeopleImport(ids, added, matched.size(), meetings, promised);
    }

    /** What makes two finished self-assessments the same one: when it was begun and finished (to the millisecond), and its questions. */
    private static List<Object> sameSession(Instant startedAt, Instant finishedAt, String bankId) {
        return Arrays.asList(startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.MILLIS),
                finishedAt.truncatedTo(ChronoUnit.MILLIS), bankId);
    }

    /** Two answers to the same question, the journal's first; the same text once. */
    private static String both(String mine, String theirs) {
        return mine.isEmpty() || mine.equals(theirs) ? theirs : theirs.isEmpty() ? mine : mine + "\n\n---\n\n" + theirs;
    }
}
