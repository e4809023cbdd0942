package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed archive gets a message naming the problem, and the journal is left untouched. */
class ArchiveImportFailureTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database source;
    private Database target;
    private String good;

    @BeforeEach
    void setUp() throws Exception {
        source = Database.open(DataFolder.open(dir.resolve("a")));
        ArchiveRoundTripTest.fill(source, clock);
        Path file = dir.resolve("good.json");
        ArchiveService s = ArchiveRoundTripTest.service(source, clock);
        s.write(s.snapshot(Map.of()), file);
        good = Files.readString(file, StandardCharsets.UTF_8);
        target = Database.open(DataFolder.open(dir.resolve("b")));
    }

    @AfterEach
    void tearDown() {
        source.close();
        target.close();
    }

    private String snapshotOfTarget() {
        return ArchiveRoundTripTest.comparable(ArchiveRoundTripTest.service(target, clock).snapshot(Map.of()));
    }

    private void assertRefused(String json, String expectedMessage) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        String before = snapshotOfTarget();
        assertThatThrownBy(() -> ArchiveRoundTripTest.service(target, clock)
                .importArchive(ArchiveReader.read(file), ArchiveService.Merge.ONLY_IF_EMPTY))
                .isInstanceOf(ImportException.class).hasMessageContaining(expectedMessage);
        assertThat(snapshotOfTarget()).isEqualTo(before);
        assertThat(new JdbcJournalRepository(target, clock).count()).isZero();
    }

    @Test
    void aTruncatedFileNamesLineAndColumn() throws Exception {
        assertRefused(good.substring(0, good.length() / 2), ", line ");
    }

    @Test
    void notJsonAtAll() throws Exception {
        assertRefused("Dear diary,\nthis is not JSON.", "line 1, column");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"format\" : \"microlead-archive\"|\"format\" : \"other-app\"|is not a Microlead archive",
        "\"version\" : 2,|\"version\" : 9,|written by a newer Microlead",
        "\"mood\" : 2,|\"mood\" : 7,|\"mood\" is 7; it must be a whole number from 1 to 5",
        "\"date\" : \"2026-01-02\",|\"date\" : \"2026-01-01\",|appears twice",
        "\"state\" : \"SKIPPED\"|\"state\" : \"MAYBE\"|MAYBE",
        "\"schedule\" : \"daily\"|\"schedule\" : \"hourly\"|not a schedule Microlead knows",
        "\"mm-1\" : 2|\"mm-1\" : 9|must be a whole number from 0 to 5",
        "\"entries\" : [|\"entriez\" : [|\"entries\" is missing"
    })
    void inconsistentContentIsNamed(String from, String to, String message) throws Exception {
        assertThat(good).contains(from);
        assertRefused(good.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
                message);
    }

    @Test
    void aPlanPointingAtAMissingHabitIsNamed() throws Exception {
        String json = good.replaceFirst("\"planHabitId\" : \\d+", "\"planHabitId\" : 999");
        assertRefused(json, "refers to habit 999");
    }

    @Test
    void aPillarTheAppDoesNotKnowIsRefusedBeforeAnythingIsWritten() throws Exception {
        String json = good.replace("\"pillar\" : \"TRUST\",\n      \"text\" : \"Whom did I back up today?\"",
                "\"pillar\" : \"COURAGE\",\n      \"text\" : \"Whom did I back up today?\"");
        assertThat(json).isNotEqualTo(good);
        Path file = dir.resolve("half.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        long writes = target.writeCount();
        // the prompt's position in the file follows the database's order, so it is not asserted
        assertThatThrownBy(() -> ArchiveReader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("custom prompt ").hasMessageContaining("\"COURAGE\"");
        assertThat(target.writeCount()).isEqualTo(writes);
    }

    @Test
    void aFailureHalfWayThroughRollsEverythingBack() throws Exception {
        // an archive that skipped the checks: the import fails after days were written, and is undone
        Path file = dir.resolve("good.json");
        Archive a = ArchiveReader.read(file);
        Archive.PromptData p = a.prompts();
        List<Archive.CustomPromptData> custom = new ArrayList<>(p.custom());
        custom.add(new Archive.CustomPromptData("x-1", "COURAGE", "Unknown pillar"));
        Archive bad = new Archive(a.format(), a.version(), a.exportedAt(), a.appVersion(), a.entries(),
                new Archive.PromptData(custom, p.disabled(), p.shown()), a.habits(), a.assessments(), a.settings(),
                a.weeklyReviews());
        assertThatThrownBy(() -> ArchiveRoundTripTest.service(target, clock).importArchive(bad,
                ArchiveService.Merge.ONLY_IF_EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new JdbcJournalRepository(target, clock).count()).isZero();
        assertThat(new JdbcHabitRepository(target).habits(true)).isEmpty();
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> ArchiveReader.read(dir.resolve("nope.json")))
                .isInstanceOf(ImportException.class).hasMessageContaining("There is no file");
    }
}
