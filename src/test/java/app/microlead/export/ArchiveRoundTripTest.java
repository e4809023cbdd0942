package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.assessment.Answers;
import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.Session;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.review.WeeklyReview;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRoundTripTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database source;
    private Database target;

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    static ArchiveService service(Database db, Clock clock) {
        return new ArchiveService(db, new JdbcJournalRepository(db, clock), new JdbcPromptRepository(db, clock),
                new JdbcHabitRepository(db), new JdbcAssessmentRepository(db, clock),
                new JdbcWeeklyReviewRepository(db, clock), new JdbcPeopleRepository(db), clock, "test");
    }

    /** A journal with every kind of record. */
    static void fill(Database db, Clock clock) {
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        LocalDate d = LocalDate.parse("2026-01-01");
        for (int i = 0; i < 40; i++) {
            journal.save(new Entry(d.plusDays(i), "Day " + i + ": Ελληνικά, кириллица, 🌱 **bold**", i % 5 == 0 ? null : 1 + i % 5,
                    i % 3 == 0 ? null : 1 + i % 4, i % 2 == 0 ? List.of("team", "wins") : List.of(),
                    i % 4 == 0 ? List.of(new Entry.PromptAnswer("trust-01", "Whom did you greet?", "Ana " + i)) : List.of(),
                    null, null));
        }
        JdbcPromptRepository prompts = new JdbcPromptRepository(db, clock);
        prompts.addCustom(Pillar.TRUST, "Whom did I back up today?");
        prompts.addCustom(null, "What surprised me?");
        prompts.setDisabled("emp-03", true);
        prompts.setShown(d, List.of("trust-01", "emp-02", "pro-03"));
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        Habit greet = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "why", Pillar.TRUST,
                Schedule.daily(), 0, false, d, "If I arrive, then I will greet everyone."));
        Habit own = habits.add(new Habit(0, null, "Walk at lunch", "", null, Schedule.weekdays(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), 0, true, d, ""));
        Habit wins = habits.add(new Habit(0, "celebrate-win", "Celebrate", "", Pillar.EMPOWERMENT, Schedule.perWeek(3),
                0, false, d, ""));
        for (int i = 0; i < 30; i++) {
            habits.setCheckIn(new CheckIn(greet.id(), d.plusDays(i), i % 7 == 6 ? CheckIn.State.SKIPPED : CheckIn.State.DONE,
                    i % 5 == 0 ? "note " + i + " 👋" : ""));
            if (i % 3 == 0) {
                habits.setCheckIn(new CheckIn(wins.id(), d.plusDays(i), CheckIn.State.DONE, ""));
            }
        }
        habits.setCheckIn(new CheckIn(own.id(), d.plusDays(4), CheckIn.State.DONE, "sunny"));
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, clock);
        Session done = assessments.start("microlead-mlm", "1.0.0");
        assessments.answer(done.id(), "tr-1", 4, null);
        assessments.answer(done.id(), "tr-2", Answers.NO_OPPORTUNITY, null);
        assessments.answer(done.id(), "sc-1", null, "sc-1c");
        assessments.finish(done.id());
        assessments.setPlan(done.id(), greet.id(), "If I arrive, then I will greet everyone.");
        Session open = assessments.start("microlead-mlm", "1.0.0");
        assessments.answer(open.id(), "mm-1", 2, null);
        assessments.setPosition(open.id(), 1);
        JdbcWeeklyReviewRepository reviews = new JdbcWeeklyReviewRepository(db, clock);
        reviews.save(new WeeklyReview(LocalDate.parse("2026-01-09"), "Greeted everyone 🌱", "Waited too long",
                "Greet people by name", "Ask before I suggest", null, null));
        reviews.save(new WeeklyReview(LocalDate.parse("2026-01-16"), "", "Less rushing", "", "", null, null));
    }

    /** The archive without what may differ after an import: ids and the export time. */
    static String comparable(Archive a) {
        Map<Long, String> habitNames = a.habits().stream().collect(Collectors.toMap(Archive.HabitData::id,
                Archive.HabitData::name));
        List<Archive.HabitData> habits = a.habits().stream().sorted(Comparator.comparing(Archive.HabitData::name))
                .map(h -> new Archive.HabitData(0, h.catalogueId(), h.name(), h.description(), h.pillar(), h.schedule(),
                        0, h.archived(), h.startDate(), h.ifThenPlan(),
                        h.checkIns().stream().sorted(Comparator.comparing(Archive.CheckInData::date)).toList())).toList();
        List<String> sessions = a.assessments().stream().map(s -> s.startedAt() + "|" + s.finishedAt() + "|"
                + s.bankId() + "|" + s.bankVersion() + "|" + s.position() + "|" + new TreeMap<>(s.likert())
                + "|" + new TreeMap<>(s.scenarios()) + "|" + habitNames.get(s.planHabitId()) + "|"
                + s.planText()).sorted().toList();
        Map<Long, String> personNames = a.people().stream().collect(Collectors.toMap(Archive.PersonData::id,
                Archive.PersonData::name));
        // a check-in's people by name, as ids are not kept
        List<String> named = habits.stream().flatMap(h -> h.checkIns().stream().filter(c -> c.people() != null)
                .map(c -> h.name() + "|" + c.date() + "|" + c.people().stream().map(personNames::get).sorted().toList()))
                .toList();
        List<Archive.PersonData> people = a.people().stream().map(p -> new Archive.PersonData(0, p.name(),
                p.formerNames(), p.role(), p.team(), p.startDate(), p.hopes(), p.cadence(), p.archived(), p.addedOn(),
                p.nudgesOff(), p.snoozedUntil(), p.oneOnOnes(), p.promises())).toList();
        List<Archive.HabitData> withoutIds = habits.stream().map(h -> new Archive.HabitData(0, h.catalogueId(),
                h.name(), h.description(), h.pillar(), h.schedule(), 0, h.archived(), h.startDate(), h.ifThenPlan(),
                h.checkIns().stream().map(c -> new Archive.CheckInData(c.date(), c.state(), c.note())).toList()))
                .toList();
        return a.entries() + "\n" + a.prompts() + "\n" + withoutIds + "\n" + named + "\n" + sessions + "\n"
                + a.settings() + "\n" + a.weeklyReviews() + "\n" + people;
    }

    @Test
    void exportThenImportIntoAnEmptyJournalGivesBackTheSameData() throws Exception {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        fill(source, clock);
        Archive original = service(source, clock).snapshot(Map.of("theme", "dark"));
        assertThat(original.entries()).hasSize(40);
        assertThat(original.habits()).hasSize(3);
        assertThat(original.assessments()).hasSize(2);
        assertThat(original.weeklyReviews()).extracting(Archive.WeeklyReviewData::commitment)
                .containsExactly("Ask before I suggest", "");
        Path file = dir.resolve("journal.json");
        service(source, clock).write(original, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"format\" : \"microlead-archive\"")
                .contains("🌱").contains("\"date\" : \"2026-01-01\"");

        target = Database.open(DataFolder.open(dir.resolve("b")));
        ArchiveService into = service(target, clock);
        assertThat(into.journalIsEmpty()).isTrue();
        ArchiveService.Report report = into.importArchive(ArchiveReader.read(file), ArchiveService.Merge.ONLY_IF_EMPTY);
        assertThat(report.entriesAdded()).isEqualTo(40);

        Archive again = into.snapshot(Map.of("theme", "dark"));
        assertThat(comparable(again)).isEqualTo(comparable(original));
    }

    /**
     * The imported journal holds the records {@link #fill} put in, read through the repositories on
     * both sides, not through the exporter: a field the exporter or the importer drops differs here
     * (an export compared with a re-export would miss it on both sides).
     */
    @Test
    void anImportedJournalHoldsTheRecordsPutIn() throws Exception {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        fill(source, clock);
        Path file = dir.resolve("journal.json");
        ArchiveService from = service(source, clock);
        from.write(from.snapshot(Map.of()), file);
        target = Database.open(DataFolder.open(dir.resolve("b")));
        service(target, clock).importArchive(ArchiveReader.read(file), ArchiveService.Merge.ONLY_IF_EMPTY);

        assertThat(records(target)).isEqualTo(records(source));
        assertThat(records(source)).contains("Ana 36", "note 25 👋", "sunny", "If I arrive, then I will greet everyone.",
                "Whom did I back up today?", "emp-03", "sc-1c", "Waited too long", "Less rushing");
    }

    /** Everything a journal holds of each kind of record {@link #fill} makes, read by its repository, ids aside. */
    private String records(Database db) {
        JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
        JdbcPromptRepository prompts = new JdbcPromptRepository(db, clock);
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        LocalDate first = LocalDate.parse("2026-01-01");
        List<Object> days = first.datesUntil(first.plusDays(40))
                .map(d -> List.of(journal.find(d), prompts.shownOn(d))).collect(Collectors.toList());
        Map<Long, String> habitNames = habits.habits(true).stream().collect(Collectors.toMap(Habit::id, Habit::name));
        List<String> habitRecords = habits.habits(true).stream().map(h -> List.of(h.catalogueId() == null ? "-" : h.catalogueId(),
                        h.name(), h.description(), String.valueOf(h.pillar()), h.schedule(), h.sortOrder(), h.archived(),
                        h.startDate(), h.ifThenPlan(), new TreeMap<>(habits.checkIns(h.id())).values().stream()
                                .map(c -> c.date() + " " + c.state() + " " + c.note()).toList()).toString())
                .sorted().toList();
        List<String> sessions = new JdbcAssessmentRepository(db, clock).all().stream()
                .map(x -> List.of(x.startedAt(), String.valueOf(x.finishedAt()), x.bankId(), x.bankVersion(), x.position(),
                        new TreeMap<>(x.answers().likert()), new TreeMap<>(x.answers().scenarios()),
                        String.valueOf(habitNames.get(x.planHabitId())), String.valueOf(x.planText())).toString())
                .sorted().toList();
        List<String> custom = prompts.customPrompts().stream().map(c -> c.pillar() + " " + c.text()).sorted().toList();
        return days + "\n" + custom + "\n" + new TreeMap<>(Map.of("disabled", prompts.disabledIds().stream().sorted().toList()))
                + "\n" + habitRecords + "\n" + sessions + "\n" + new JdbcWeeklyReviewRepository(db, clock).all();
    }

    @Test
    void importingIntoAJournalWithDataNeedsAChoiceAndThenMerges() throws Exception {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        fill(source, clock);
        Path file = dir.resolve("journal.json");
        service(source, clock).write(service(source, clock).snapshot(Map.of()), file);

        target = Database.open(DataFolder.open(dir.resolve("b")));
        JdbcJournalRepository journal = new JdbcJournalRepository(target, clock);
        journal.save(new Entry(LocalDate.parse("2026-01-02"), "Mine, written here", 2, null, List.of("own"), List.of(),
                null, null));
        ArchiveService into = service(target, clock);
        Archive archive = ArchiveReader.read(file);
        assertThatThrownBy(() -> into.importArchive(archive, ArchiveService.Merge.ONLY_IF_EMPTY))
                .isInstanceOf(ImportException.class).hasMessageContaining("already holds data");
        assertThat(journal.count()).isEqualTo(1);

        ArchiveService.Report r = into.importArchive(archive, ArchiveService.Merge.SKIP_EXISTING_DAYS);
        assertThat(r.entriesSkipped()).isEqualTo(1);
        assertThat(r.entriesAdded()).isEqualTo(39);
        assertThat(journal.find(LocalDate.parse("2026-01-02")).orElseThrow().text()).isEqualTo("Mine, written here");
        JdbcAssessmentRepository sessions = new JdbcAssessmentRepository(target, clock);
        int finished = sessions.finished().size();
        assertThat(finished).isPositive().isEqualTo(r.assessments() - (sessions.unfinished().isPresent() ? 1 : 0));

        // importing again while keeping both texts appends below, never replaces; a self-assessment the
        // journal has already is not added twice, whichever the choice
        ArchiveService.Report again = into.importArchive(archive, ArchiveService.Merge.KEEP_BOTH);
        assertThat(again.entriesMerged()).isEqualTo(40);
        assertThat(again.assessments()).isZero();
        assertThat(into.importArchive(archive, ArchiveService.Merge.SKIP_EXISTING_DAYS).assessments()).isZero();
        assertThat(sessions.finished()).hasSize(finished);
        assertThat(journal.find(LocalDate.parse("2026-01-02")).orElseThrow().text())
                .startsWith("Mine, written here").contains("---").contains("Day 1:");
        assertThat(new JdbcHabitRepository(target).habits(true)).hasSize(3);
    }

    @Test
    void weeklyReviewsMergeByWeekAndTheJournalsOwnAnswersStayFirst() throws Exception {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        fill(source, clock);
        Path file = dir.resolve("journal.json");
        service(source, clock).write(service(source, clock).snapshot(Map.of()), file);

        target = Database.open(DataFolder.open(dir.resolve("b")));
        JdbcWeeklyReviewRepository mine = new JdbcWeeklyReviewRepository(target, clock);
        mine.save(new WeeklyReview(LocalDate.parse("2026-01-09"), "My own week", "", "", "Mine", null, null));
        Archive archive = ArchiveReader.read(file);

        ArchiveService.Report skip = service(target, clock).importArchive(archive, ArchiveService.Merge.SKIP_EXISTING_DAYS);
        assertThat(skip.weeklyReviews()).isEqualTo(1);
        assertThat(mine.find(LocalDate.parse("2026-01-09")).orElseThrow().wentWell()).isEqualTo("My own week");
        assertThat(mine.find(LocalDate.parse("2026-01-16")).orElseThrow().differently()).isEqualTo("Less rushing");

        ArchiveService.Report both = service(target, clock).importArchive(archive, ArchiveService.Merge.KEEP_BOTH);
        assertThat(both.weeklyReviews()).isEqualTo(2);
        WeeklyReview merged = mine.find(LocalDate.parse("2026-01-09")).orElseThrow();
        assertThat(merged.wentWell()).startsWith("My own week").contains("---").endsWith("Greeted everyone 🌱");
        assertThat(merged.differently()).isEqualTo("Waited too long");
        assertThat(merged.commitment()).isEqualTo("Mine");
        assertThat(mine.find(LocalDate.parse("2026-01-16")).orElseThrow().differently()).isEqualTo("Less rushing");
    }

    @Test
    void anArchiveFromBeforeWeeklyReviewsStillImports() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"format\":\"microlead-archive\",\"version\":1,\"entries\":[{\"date\":\"2026-01-01\","
                + "\"text\":\"Old\"}],\"prompts\":{\"custom\":[],\"disabled\":[],\"shown\":{}},\"habits\":[],"
                + "\"assessments\":[]}", StandardCharsets.UTF_8);
        target = Database.open(DataFolder.open(dir.resolve("b")));
        Archive old = ArchiveReader.read(file);
        assertThat(old.weeklyReviews()).isEmpty();
        assertThat(service(target, clock).importArchive(old, ArchiveService.Merge.ONLY_IF_EMPTY).entriesAdded())
                .isEqualTo(1);
    }

    @Test
    void aWeeklyReviewWithoutItsWeekIsRefusedAndNothingIsImported() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"microlead-archive\",\"version\":1,\"entries\":[{\"date\":\"2026-01-01\","
                + "\"text\":\"Old\"}],\"prompts\":{\"custom\":[],\"disabled\":[],\"shown\":{}},\"habits\":[],"
                + "\"assessments\":[],\"weeklyReviews\":[{\"wentWell\":\"x\"}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArchiveReader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("weekly review").hasMessageContaining("Nothing was imported");
    }
}
