package app.microlead.export;

import static app.microlead.export.ImportFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive's check-ins are the habit's history: none is dropped, and none is kept unseen before its
 * habit's start (where marks are refused): the habit starts on the first of them at the latest.
 */
class ImportedHabitStartTest {

    private static final LocalDate FIRST_CHECK_IN = LocalDate.parse("2026-01-05");

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);

    private static Archive archive(String json) throws Exception {
        return ArchiveReader.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json");
    }

    @Test
    void aHabitAddedAgainLaterStartsOnTheArchivesFirstCheckIn() throws Exception {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            // the same micro-action, added again on this computer today
            habits.add(new Habit(0, "delegate-outcome", "Delegate the outcome", "", Pillar.EMPOWERMENT,
                    Schedule.parse("weekdays:MON,WED"), 0, false, LocalDate.parse("2026-03-10"), ""));
            ArchiveRoundTripTest.service(db, clock).importArchive(archive(ImportFixtures.VALID),
                    ArchiveService.Merge.SKIP_EXISTING_DAYS);

            HabitRow row = new HabitService(habits, clock).rows(true).get(0);
            assertThat(habits.habits(true)).hasSize(1);
            assertThat(row.habit().startDate()).isEqualTo(FIRST_CHECK_IN);
            assertThat(row.stateOn(FIRST_CHECK_IN)).isEqualTo(CheckIn.State.DONE);
            // the imported days count: they are inside the habit's days
            assertThat(row.stats().days().get(0)).isEqualTo((byte) 1);
            assertThat(row.stats().best().length()).isPositive();
        }
    }

    @Test
    void anArchivedHabitWhoseCheckInsComeBeforeItsStartIsImportedWhole() throws Exception {
        String json = with("\"startDate\" : \"2026-01-01\"", "\"startDate\" : \"2026-01-06\"");
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcHabitRepository habits = new JdbcHabitRepository(db);
            ArchiveRoundTripTest.service(db, clock).importArchive(archive(json), ArchiveService.Merge.ONLY_IF_EMPTY);

            Habit h = habits.habits(true).get(0);
            assertThat(h.startDate()).isEqualTo(FIRST_CHECK_IN);
            assertThat(habits.checkIns(h.id())).containsOnlyKeys(FIRST_CHECK_IN, LocalDate.parse("2026-01-07"));
        }
    }
}
