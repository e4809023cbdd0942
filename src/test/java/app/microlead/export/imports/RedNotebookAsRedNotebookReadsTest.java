package app.microlead.export.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RedNotebook month files read as RedNotebook (PyYAML) reads them, or refused where it would lose data. */
class RedNotebookAsRedNotebookReadsTest {

    @TempDir
    Path dir;

    private void month(String name, String yaml) throws Exception {
        Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void aDayWrittenTwiceIsRefusedWithTheDayAndLineNamedNotHalfDropped() throws Exception {
        month("2020-01.txt", "4: {text: kept}\n5: {text: first text}\n6: {text: other}\n5: {text: second text}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("2020-01.txt, line 4").hasMessageContaining("Day 5 is written twice")
                .hasMessageContaining("Nothing was imported")
                .satisfies(e -> assertThat(((ImportException) e).kind()).isEqualTo(ImportException.Kind.SYNTAX));
    }

    @Test
    void aFieldTwiceWithinADayIsRefusedToo() throws Exception {
        month("2020-01.txt", "5:\n  text: first\n  text: second\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("2020-01.txt, line 3")
                .hasMessageContaining("\"text\" appears twice");
    }

    @Test
    void aSecondDocumentIsRefusedWhereItStarts() throws Exception {
        month("2020-01.txt", "5: {text: one}\n---\n6: {text: two}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("2020-01.txt, line 3")
                .hasMessageContaining("second YAML document");
    }

    @Test
    void anEmptyTrailingDocumentIsASecondDocumentToo() throws Exception {
        // PyYAML's yaml.load refuses "a: 1\n---\n" as well ("expected a single document")
        month("2020-01.txt", "5: {text: one}\n---\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("second YAML document");
    }

    @Test
    void oneDocumentWithItsMarkersIsRead() throws Exception {
        month("2020-01.txt", "---\n5: {text: one}\n...\n");
        month("2020-02.txt", "");
        List<Entry> days = RedNotebookImporter.read(dir);
        assertThat(days).extracting(Entry::date).containsExactly(LocalDate.of(2020, 1, 5));
        assertThat(days.get(0).text()).isEqualTo("one");
    }

    @Test
    void aValidMonthOfThreeAndAHalfMegabytesIsRead() throws Exception {
        StringBuilder yaml = new StringBuilder();
        String line = "Ein langer Tag im Team, mit vielen Gesprächen über Vertrauen und Verantwortung. ";
        for (int day = 1; day <= 30; day++) {
            yaml.append(day).append(":\n  text: |\n");
            for (int i = 0; i < 1400; i++) {
                yaml.append("    ").append(line).append('\n');
            }
        }
        month("2021-04.txt", yaml.toString());
        assertThat(Files.size(dir.resolve("2021-04.txt"))).isGreaterThan(3_300_000L);
        assertThat(yaml.codePointCount(0, yaml.length())).isGreaterThan(3_145_728);
        List<Entry> days = RedNotebookImporter.read(dir);
        assertThat(days).hasSize(30);
        assertThat(days.get(29).text()).startsWith(line.strip()).hasSize(1400 * (line.length() + 1) - 2);
    }

    @Test
    void aMonthBeyondTheYearsTheAppShowsIsRefused() throws Exception {
        month("0000-12.txt", "5: {text: one}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("0000-12.txt")
                .hasMessageContaining("0001 to 9999");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        month("2020-01.txt", "5: {text: \"half \\uD83D of an emoji\"}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("2020-01.txt, 2020-01-05")
                .hasMessageContaining("broken character at character 6");
    }

    @Test
    void aCategoryThatWouldBeCutAsATagIsRefused() throws Exception {
        month("2020-01.txt", "5: {text: a, " + "k".repeat(61) + ": {x: null}}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("61 characters long");
    }

    @Test
    void twoKeysForTheSameDayAreRefusedToo() throws Exception {
        month("2020-01.txt", "5: {text: first}\n\"05\": {text: second}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("2020-01.txt")
                .hasMessageContaining("The day 2020-01-05 appears twice");
    }
}
