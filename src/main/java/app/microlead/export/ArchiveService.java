package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.Answers;
import app.microlead.assessment.AssessmentRepository;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JournalRepository;
import app.microlead.journal.PromptRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.review.WeeklyReviewRepository;
import app.microlead.storage.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
                         int assessments, int weeklyReviews) {
        public String describe() {
            return t("export.import.report", entriesAdded, entriesMerged, entriesSkipped, habitsAdded, checkIns,
                    assessments, weeklyReviews);
        }
    }

    private final Database db;
    private final JournalRepository journal;
    private final PromptRepository prompts;
    private final HabitRepository habits;
    private final AssessmentRepository assessments;
    private final WeeklyReviewRepository reviews;
    private final Clock clock;
    private final String appVersion;

    public ArchiveService(Database db, JournalRepository journal, PromptRepository prompts, HabitRepository habits,
                          AssessmentRepository assessments, WeeklyReviewRepository reviews, Clock clock,
                          String appVersion) {
        this.reviews = reviews;
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
            List<Archive.HabitData> hs = habits.habits(true).stream().map(h -> new Archive.HabitData(h.id(),
                    h.catalogueId(), h.name(), h.description(), h.pillar() == null ? null : h.pillar().name(),
                    h.schedule().format(), h.sortOrder(), h.archived(), h.startDate(), h.ifThenPlan(),
                    all.getOrDefault(h.id(), Map.of()).values().stream().map(c -> new Archive.CheckInData(c.date(),
                            c.state().name(), c.note())).toList())).toList();
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
                    settings, ws);
        });
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
                && assessments.unfinished().isEmpty() && reviews.all().isEmpty();
    }

    /**
     * Imports a validated archive in one transaction: if anything fails, nothing is changed.
     *
     * @throws ImportException when {@code merge} is {@link Merge#ONLY_IF_EMPTY} and the journal has data
     */
    public Report importArchive(Archive a, Merge merge) throws ImportException {
        if (merge == Merge.ONLY_IF_EMPTY && !journalIsEmpty()) {
            throw new ImportException(ImportException.Kind.JOURNAL, t("export.import.not.empty"));
        }
        return db.transaction(() -> doImport(a, merge));
    }

    private Report doImport(Archive a, Merge merge) {
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
            habitIds.put(h.id(), target.id());
            for (Archive.CheckInData c : h.checkIns()) {
                if (!have.containsKey(c.date())) {
                    habits.setCheckIn(new CheckIn(target.id(), c.date(), CheckIn.State.valueOf(c.state()), c.note()));
                    checkIns++;
                }
            }
        }
        int sessions = 0;
        for (Archive.SessionData s : a.assessments()) {
            Long plan = s.planHabitId() == null ? null : habitIds.get(s.planHabitId());
            if (s.finishedAt() == null && assessments.unfinished().isPresent()) {
                continue; // one unfinished session at a time: the journal's own wins
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
        return new Report(added, skipped, merged, habitsAdded, checkIns, sessions, weekly);
    }

    /** Two answers to the same question, the journal's first; the same text once. */
    private static String both(String mine, String theirs) {
        return mine.isEmpty() || mine.equals(theirs) ? theirs : theirs.isEmpty() ? mine : mine + "\n\n---\n\n" + theirs;
    }
}
