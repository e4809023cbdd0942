package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.CheckInLog;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitStats;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownAndCsvTest {

    @TempDir
    Path dir;

    private final Entry day = new Entry(LocalDate.parse("2026-03-10"), "**Good** day 🌱", 4, null, List.of("team", "wins"),
            List.of(new Entry.PromptAnswer("p1", "Whom did you thank?", "Ana")), null, null);
    private final Entry bare = new Entry(LocalDate.parse("2026-03-11"), "Short.", null, 2, List.of(), List.of(), null, null);

    @Test
    void onePerDayWithFrontMatter() throws Exception {
        int n = new MarkdownExporter().toFolder(List.of(day, bare), dir.resolve("md"));
        assertThat(n).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("md/2026-03-10.md"))).isEqualTo("""
                ---
                date: 2026-03-10
                mood: 4
                tags: ["team", "wins"]
                ---

                # Tuesday 10 March 2026

                > **Whom did you thank?**

                Ana

                **Good** day 🌱
                """);
        assertThat(Files.readString(dir.resolve("md/2026-03-11.md"))).startsWith("---\ndate: 2026-03-11\nenergy: 2\ntags: []\n---");
    }

    @Test
    void oneFileForThePeriod() throws Exception {
        Path f = dir.resolve("review.md");
        new MarkdownExporter().toFile(List.of(day, bare), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                "March \"review\"", f);
        String md = Files.readString(f);
        assertThat(md).startsWith("---\ntitle: \"March \\\"review\\\"\"\nfrom: 2026-03-01\nto: 2026-03-31\ndays: 2\n---");
        assertThat(md).contains("## Tuesday 10 March 2026\n\n*Mood 4/5 · #team #wins*").contains("## Wednesday 11 March 2026");
    }

    @Test
    void habitsCsvQuotesAndFiltersByPeriod() throws Exception {
        Habit h = new Habit(1, null, "Thank, then listen", "Say \"thanks\"", Pillar.EMPOWERMENT, Schedule.daily(), 0, false,
                LocalDate.parse("2026-03-01"), "");
        Map<LocalDate, CheckIn> checks = new TreeMap<>();
        checks.put(LocalDate.parse("2026-03-02"), new CheckIn(1, LocalDate.parse("2026-03-02"), CheckIn.State.DONE, "Ana,\nSam"));
        checks.put(LocalDate.parse("2026-03-03"), new CheckIn(1, LocalDate.parse("2026-03-03"), CheckIn.State.SKIPPED, ""));
        checks.put(LocalDate.parse("2026-04-01"), new CheckIn(1, LocalDate.parse("2026-04-01"), CheckIn.State.DONE, ""));
        HabitRow row = new HabitRow(h, HabitStats.compute(h, Map.of(), LocalDate.parse("2026-04-01")),
                CheckInLog.of(checks.values()));
        Path file = dir.resolve("habits.csv");
        Path list = new HabitCsvExporter().export(List.of(row), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), file);
        assertThat(Files.readString(file)).isEqualTo("date,habit,state,note\r\n"
                + "2026-03-02,\"Thank, then listen\",done,\"Ana,\nSam\"\r\n"
                + "2026-03-03,\"Thank, then listen\",skipped,\r\n");
        assertThat(list.getFileName().toString()).isEqualTo("habits-habits.csv");
        assertThat(Files.readString(list)).contains("\"Thank, then listen\",Empowerment,Every day,false,2026-03-01,\"Say \"\"thanks\"\"\",");
    }
}
