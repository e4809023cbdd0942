package app.microlead.export;

import app.microlead.habits.CheckIn;
import app.microlead.habits.HabitRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Habits as CSV (RFC 4180, UTF-8): one row per habit and date with a check-in (date, habit, state,
 * note) in the chosen file, and the list of habits beside it ({@code NAME-habits.csv}).
 */
public final class HabitCsvExporter {

    /** Writes both files; returns the path of the habits list. */
    public Path export(List<HabitRow> habits, LocalDate from, LocalDate to, Path checkInsFile) throws IOException {
        StringBuilder rows = new StringBuilder("date,habit,state,note\r\n");
        List<String[]> lines = new ArrayList<>();
        for (HabitRow r : habits) {
            for (CheckIn c : r.checkInsBetween(from, to)) {
                lines.add(new String[] {c.date().toString(), r.habit().name(), c.state().name().toLowerCase(), c.note()});
            }
        }
        lines.sort(Comparator.<String[], String>comparing(l -> l[0]).thenComparing(l -> l[1]));
        for (String[] l : lines) {
            rows.append(csv(l)).append("\r\n");
        }
        MarkdownExporter.write(checkInsFile, rows.toString());

        StringBuilder list = new StringBuilder("habit,pillar,schedule,archived,start_date,description,if_then_plan\r\n");
        for (HabitRow r : habits) {
            var h = r.habit();
            list.append(csv(new String[] {h.name(), h.pillar() == null ? "" : h.pillar().label(), h.schedule().describe(),
                String.valueOf(h.archived()), h.startDate().toString(), h.description(), h.ifThenPlan()})).append("\r\n");
        }
        Path listFile = listFile(checkInsFile);
        MarkdownExporter.write(listFile, list.toString());
        return listFile;
    }

    /** The file the list of habits is written to, beside {@code checkInsFile}: {@code NAME-habits.csv}. */
    public static Path listFile(Path checkInsFile) {
        String name = checkInsFile.getFileName().toString().replaceFirst("\\.csv$", "");
        return checkInsFile.resolveSibling(name + "-habits.csv");
    }

    static String csv(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i] == null ? "" : fields[i];
            if (i > 0) {
                b.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.toString();
    }
}
