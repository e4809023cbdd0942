package app.microlead.export;

import static app.microlead.export.ImportFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the app cannot show and export is refused instead of imported and lost; what it can is
 * imported and comes back out of an export unchanged. Values are never rounded or replaced.
 */
class ArchiveRangesTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);

    private static ImportException refused(String json) {
        return catchThrowableOfType(ImportException.class, () -> ArchiveReader.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a day in year 10000|\"date\" : \"2026-01-02\"|\"date\" : \"+10000-01-01\"|0001-01-01 to 9999-12-31",
        "a day in year 0|\"date\" : \"2026-01-02\"|\"date\" : \"0000-12-31\"|0001-01-01 to 9999-12-31",
        "a day as a number|\"date\" : \"2026-01-02\"|\"date\" : 20454|is not a date",
        "a check-in in year 10000|\"date\" : \"2026-01-05\"|\"date\" : \"+10000-01-05\"|check-in 1",
        "a habit starting in year 0|\"startDate\" : \"2026-01-01\"|\"startDate\" : \"0000-01-01\"|habit 1",
        "a weekly review in 1899|\"weekEnd\" : \"2026-01-09\"|\"weekEnd\" : \"1899-12-29\"|1900-01-01 to 2999-12-31",
        "a weekly review in 3000|\"weekEnd\" : \"2026-01-09\"|\"weekEnd\" : \"3000-01-03\"|1900-01-01 to 2999-12-31",
        "prompts shown in 3000|\"2026-01-02\" : [ \"trust-1\"|\"3000-01-02\" : [ \"trust-1\"|1900-01-01 to 2999-12-31",
        "a time in year 10000|\"createdAt\" : \"2026-01-02T18:00:00Z\"|\"createdAt\" : \"+10000-01-02T18:00:00Z\"|0001 to 9999",
        "a time as a number|\"createdAt\" : \"2026-01-02T18:00:00Z\"|\"createdAt\" : 1767376800|should be a time",
        "mood 4.7|\"mood\" : 4|\"mood\" : 4.7|4.7 is not a whole number",
        "energy 0|\"energy\" : 3|\"energy\" : 0|from 1 to 5",
        "a lone high surrogate|with the team.|with the team \\ud83d.|broken character at character 26",
        "a lone low surrogate in a tag|\"team\", \"1on1\"|\"te\\udc00am\", \"1on1\"|tag 1",
        "a number as text|\"text\" : \"A good day with the team.\"|\"text\" : 42|42 is not text",
    })
    void isRefusedNotChanged(String name, String from, String to, String message) {
        ImportException e = refused(with(from, to));
        assertThat(e).as(name).isNotNull();
        assertThat(e.kind()).isIn(ImportException.Kind.SYNTAX, ImportException.Kind.CONTENT);
        assertThat(e.getMessage()).startsWith("a.json").contains(message);
        ImportFixtures.assertPlainWords(e.getMessage());
    }

    @Test
    void theEdgesOfTheRangesAreImportedAndExportedAgain() throws Exception {
        String json = with("\"date\" : \"2026-01-02\"", "\"date\" : \"9999-12-31\"")
                .replace("\"startDate\" : \"2026-01-01\"", "\"startDate\" : \"0001-01-01\"")
                .replace("\"weekEnd\" : \"2026-01-09\"", "\"weekEnd\" : \"2999-12-31\"")
                .replace("with the team.", "with the team 🌱.");
        Archive a = ArchiveReader.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json");
        try (Database db = Database.open(DataFolder.open(dir.resolve("j")))) {
            ArchiveService s = ArchiveRoundTripTest.service(db, clock);
            s.importArchive(a, ArchiveService.Merge.ONLY_IF_EMPTY);
            Archive out = s.snapshot(Map.of());
            assertThat(out.entries()).singleElement().satisfies(e -> {
                assertThat(e.date()).isEqualTo(LocalDate.of(9999, 12, 31));
                assertThat(e.text()).isEqualTo("A good day with the team 🌱.");
                assertThat(e.mood()).isEqualTo(4);
            });
            assertThat(out.habits().get(0).startDate()).isEqualTo(LocalDate.of(1, 1, 1));
            assertThat(out.weeklyReviews()).extracting(Archive.WeeklyReviewData::weekEnd)
                    .containsExactly(LocalDate.of(2999, 12, 31));
        }
    }
}
