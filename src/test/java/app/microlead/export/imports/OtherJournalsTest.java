package app.microlead.export.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RedNotebook folders and jrnl exports written by hand in their formats. */
class OtherJournalsTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(OtherJournalsTest.class.getResource("/app/microlead/export/imports/" + name).toURI());
    }

    @Test
    void readsARedNotebookFolder() throws Exception {
        List<Entry> entries = RedNotebookImporter.read(fixture("rednotebook"));
        assertThat(entries).extracting(e -> e.date().toString())
                .containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-03");
        Entry feb28 = entries.get(1);
        assertThat(feb28.text()).isEqualTo("Long one-on-one with Priya.\nShe wants to lead the next release.\n\n"
                + "- Work: Planning\n- Work: One-on-one\n- Mood: good");
        assertThat(feb28.tags()).containsExactly("mood", "work");
        assertThat(entries.get(2).text()).isEqualTo("Ελληνικά, кириллица and a plant 🌱");
        assertThat(entries.get(3).text()).isEqualTo("- Ideas: Ask Lena first");
        assertThat(entries.get(3).tags()).containsExactly("ideas");
    }

    @Test
    void readsAJrnlExportJoiningADayInTimeOrder() throws Exception {
        List<Entry> entries = JrnlImporter.read(fixture("jrnl.json"));
        assertThat(entries).extracting(Entry::date).containsExactly(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10"));
        assertThat(entries.get(1).text()).isEqualTo("## 08:15 Morning\n\nGreeted everyone by name.\n\n"
                + "## 21:40 Evening\n\nThanked Sam for the fix. @team");
        assertThat(entries.get(1).tags()).containsExactly("team");
        assertThat(entries.get(0).text()).startsWith("## 18:00 Одна встреча").endsWith("🌱.");
        assertThat(entries.get(0).tags()).containsExactly("1on1", "team");
    }

    @Test
    void badRedNotebookDataIsNamed() throws Exception {
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no RedNotebook month files");
        Files.writeString(dir.resolve("2026-04.txt"), "1: {text: \"fine\"}\n2: {text: \"broken\n  - [\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("2026-04.txt")
                .hasMessageContaining("line");
        Files.writeString(dir.resolve("2026-04.txt"), "31: {text: \"April has 30 days\"}\n");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir)).hasMessageContaining("day \"31\"");
        assertThatThrownBy(() -> RedNotebookImporter.read(dir.resolve("nope"))).hasMessageContaining("is not a folder");
    }

    @Test
    void badJrnlDataIsNamed() throws Exception {
        Path broken = Files.writeString(dir.resolve("a.json"), "{\"entries\": [ {\"date\": \"2026-03-01\",, } ]}");
        assertThatThrownBy(() -> JrnlImporter.read(broken)).hasMessageContaining("line 1, column");
        Path noDate = Files.writeString(dir.resolve("b.json"), "{\"entries\": [ {\"body\": \"x\"} ]}");
        assertThatThrownBy(() -> JrnlImporter.read(noDate)).hasMessageContaining("entry 1").hasMessageContaining("date");
        Path other = Files.writeString(dir.resolve("c.json"), "{\"days\": []}");
        assertThatThrownBy(() -> JrnlImporter.read(other)).hasMessageContaining("no \"entries\" list");
    }
}
