package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.Session;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.journal.Entry;
import app.microlead.people.Person;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round reads only what the change log (H2 triggers, {@link ChangeTrigger}) says was written since the
 * last round. Here, before every round of every computer, what the change log finds is compared with
 * what a read of the whole journal finds: the same values, the same hashes. A write path whose table is
 * not captured (or captured under the wrong key) makes the two differ.
 */
class ChangeLogTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    /** Seeds as for {@link RandomEditsConvergeTest} ({@code -Dmicrolead.test.syncSeeds=FIRST-LAST}). */
    static LongStream seeds() {
        return RandomEditsConvergeTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theChangeLogFindsWhatReadingTheWholeJournalFinds(long seed) {
        Random rnd = new Random(seed);
        List<TestDevice> devices = List.of(
                new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"), "a" + seed),
                new TestDevice(dir, "b", Instant.parse("2026-12-01T18:05:00Z"), "b" + seed));
        int compared = 0;
        try {
            SimulatedSyncService service = new SimulatedSyncService(rnd, devices.get(0).folder, devices.get(1).folder);
            Map<LocalDate, Set<String>> written = new HashMap<>();
            Set<LocalDate> deleted = new HashSet<>();
            for (int step = 0; step < 15; step++) {
                RandomEditsConvergeTest.edit(devices.get(0), rnd, step, written, deleted);
            }
            devices.get(0).setUp("shared secret words");
            devices.get(0).round();
            service.settle();
            devices.get(1).setUp("shared secret words");
            for (int step = 15; step < 150; step++) {
                TestDevice d = devices.get(rnd.nextInt(devices.size()));
                if (rnd.nextInt(4) == 0) {
                    more(d, rnd, step);
                } else {
                    RandomEditsConvergeTest.edit(d, rnd, step, written, deleted);
                }
                if (rnd.nextInt(4) == 0) {
                    compared += compare(d, "step " + step);
                    d.round();
                }
                service.step(0.5);
            }
            for (int i = 0; i < 2; i++) {
                for (TestDevice d : devices) {
                    compared += compare(d, "last rounds");
                    d.round();
                }
                service.settle();
            }
            for (TestDevice d : devices) {
                assertThat(d.engine.localChanges(true).values()).as("%s after its last round", d.name).isEmpty();
            }
        } finally {
            devices.forEach(TestDevice::close);
        }
        assertThat(compared).as("rounds that read only the change log").isGreaterThan(10);
    }

    /** The local changes the next round of {@code d} finds through its change log and by reading everything. */
    private static int compare(TestDevice d, String when) {
        if (!d.engine.changeLogTrusted()) {
            return 0; // the first round reads everything and starts the log
        }
        SyncEngine.LocalChanges log = d.engine.localChanges(true);
        SyncEngine.LocalChanges whole = d.engine.localChanges(false);
        assertThat(log.how()).as("%s, %s", d.name, when).doesNotContain("whole journal");
        assertThat(log.values()).as("values changed on %s (%s; %s)", d.name, when, log.how()).isEqualTo(whole.values());
        assertThat(log.hashes()).as("hashes on %s (%s)", d.name, when).isEqualTo(whole.hashes());
        return 1;
    }

    /** Writes that {@link RandomEditsConvergeTest#edit} does not make: answers, prompts, sessions, aliases, undo. */
    private static void more(TestDevice d, Random rnd, int step) {
        LocalDate day = START.plusDays(rnd.nextInt(20));
        var journal = d.backend.journal();
        var prompts = d.backend.prompts();
        switch (rnd.nextInt(10)) {
            case 0 -> journal.find(day).ifPresent(e -> journal.save(new Entry(day, e.text(), e.mood(), e.energy(),
                    e.tags(), List.of(new Entry.PromptAnswer("prompt-" + rnd.nextInt(3), "What went well?",
                            "answer " + step)), e.createdAt(), e.updatedAt())));
            case 1 -> prompts.setShown(day, List.of("prompt-" + rnd.nextInt(4), "prompt-" + rnd.nextInt(4) + "b"));
            case 2 -> {
                var own = prompts.customPrompts();
                if (own.isEmpty() || rnd.nextBoolean()) {
                    prompts.addCustom(null, "Own prompt " + step);
                } else {
                    prompts.removeCustom(own.get(0).id());
                }
            }
            case 3 -> {
                Session s = d.backend.assessments().start("bank", "1");
                d.backend.assessments().answer(s.id(), "q" + rnd.nextInt(3), 1 + rnd.nextInt(5), null);
                List<Habit> hs = d.backend.habitRepository().habits(true);
                if (!hs.isEmpty()) {
                    d.backend.assessments().setPlan(s.id(), hs.get(0).id(), "plan " + step);
                }
                d.backend.assessments().finish(s.id());
            }
            case 4 -> d.backend.habitRepository().setFlag(OnboardingViewModel.FLAG);
            case 5 -> {
                List<Person> team = d.backend.people().people(true);
                if (!team.isEmpty()) {
                    d.backend.people().replaceAliases(team.get(0).id(), List.of("Alias " + step));
                }
            }
            case 6 -> {
                // deleted and put back (undo): the same rows again, under new local ids
                List<Habit> hs = d.backend.habitRepository().habits(true);
                if (!hs.isEmpty()) {
                    var removed = d.backend.habitRepository().delete(hs.get(rnd.nextInt(hs.size())).id());
                    d.backend.habitRepository().restore(removed);
                }
            }
            case 7 -> {
                List<Person> team = d.backend.people().people(true);
                if (!team.isEmpty()) {
                    var removed = d.backend.people().delete(team.get(rnd.nextInt(team.size())).id());
                    if (rnd.nextBoolean()) {
                        d.backend.people().restore(removed);
                    }
                }
            }
            case 8 -> {
                // deleted and made again from the catalogue: the same key, a new local id, no check-ins
                List<Habit> hs = d.backend.habitRepository().habits(true).stream()
                        .filter(h -> h.catalogueId() != null).toList();
                if (!hs.isEmpty()) {
                    Habit h = hs.get(rnd.nextInt(hs.size()));
                    d.backend.habitRepository().delete(h.id());
                    d.backend.habitRepository().add(new Habit(0, h.catalogueId(), h.name(), "", h.pillar(),
                            h.schedule(), 0, false, h.startDate(), ""));
                }
            }
            default -> {
                List<Habit> hs = d.backend.habitRepository().habits(true);
                if (!hs.isEmpty()) {
                    Habit h = hs.get(rnd.nextInt(hs.size()));
                    d.backend.habitRepository().setCheckIn(new CheckIn(h.id(), day, CheckIn.State.DONE, "more " + step));
                    List<Person> team = d.backend.people().people(true);
                    if (!team.isEmpty()) {
                        d.backend.people().setCheckInPeople(h.id(), day, Set.of(team.get(0).id()));
                    }
                }
            }
        }
        d.clock.advanceSeconds(1 + rnd.nextInt(30));
    }

    @Test
    void aMissingTriggerIsNoticedAndTheRoundReadsEverything() {
        try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"))) {
            a.write(START, "First day.");
            a.setUp("shared secret words");
            assertThat(a.engine.changeLogTrusted()).as("before the first round").isFalse();
            a.round();
            assertThat(a.engine.changeLogTrusted()).as("after the first round").isTrue();
            a.write(START, "First day, edited.");
            assertThat(a.engine.localChanges(true).values()).containsOnlyKeys("e/" + START + "/text");
            a.round();
            // a write the triggers cannot see: the log is no longer the whole story, and the round knows it
            a.db.write(c -> c.createStatement().executeUpdate("DROP TRIGGER sync_change_entry_tag"));
            Entry e = a.backend.journal().find(START).orElseThrow();
            a.backend.journal().save(new Entry(START, e.text(), e.mood(), e.energy(), List.of("team"), e.answers(),
                    e.createdAt(), e.updatedAt()));
            assertThat(a.engine.changeLogTrusted()).isFalse();
            assertThat(a.round().sent()).as("values sent").isEqualTo(1);
            assertThat(a.engine.localChanges(false).values()).isEmpty();
        }
    }

    @Test
    void leavingStopsTheLogAndJoiningAgainReadsEverything() {
        try (TestDevice a = new TestDevice(dir, "a", Instant.parse("2026-12-01T18:00:00Z"))) {
            a.write(START, "First day.");
            a.setUp("shared secret words");
            a.round();
            a.engine.leave();
            a.write(START.plusDays(1), "Written while not syncing.");
            Integer rows = a.db.read(c -> {
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sync_change");
                rs.next();
                return rs.getInt(1);
            });
            assertThat(rows).as("rows recorded while not syncing").isZero();
            a.setUp("shared secret words");
            assertThat(a.engine.changeLogTrusted()).isFalse();
            assertThat(a.round().sent()).as("the day written meanwhile is sent").isEqualTo(1);
        }
    }
}
