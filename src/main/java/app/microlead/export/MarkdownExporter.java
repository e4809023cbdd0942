package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.journal.Entry;
import app.microlead.people.PersonPeriod;
import app.microlead.review.WeeklyReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reflections as Markdown: one file for a period, or one file per day, each with YAML front matter
 * (date, mood, energy, tags). Prompt answers come first, as quoted questions with the answer below.
 */
public final class MarkdownExporter {

    private static DateTimeFormatter day() {
        return DateTimeFormatter.ofPattern(t("export.format.long.day"), I18n.locale());
    }

    /** The whole period in one file. */
    public void toFile(List<Entry> entries, LocalDate from, LocalDate to, String title, Path file) throws IOException {
        toFile(entries, from, to, title, null, file);
    }

    /** The whole period in one file, ending with the People section when {@code people} is not null. */
    public void toFile(List<Entry> entries, LocalDate from, LocalDate to, String title, List<PersonPeriod> people,
                       Path file) throws IOException {
        toFile(entries, List.of(), from, to, title, people, file);
    }

    /**
     * The whole period in one file: the days, then the period's weekly reviews (as the PDF's "Weekly reviews"
     * has them: the three answers and the commitment), then the People section when {@code people} is not null.
     */
    public void toFile(List<Entry> entries, List<WeeklyReview> weekly, LocalDate from, LocalDate to, String title,
                       List<PersonPeriod> people, Path file) throws IOException {
        DateTimeFormatter day = day();
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: ").append(yaml(title)).append("\nfrom: ").append(from).append("\nto: ").append(to)
                .append("\ndays: ").append(entries.size()).append("\n---\n\n# ").append(title).append("\n");
        for (Entry e : entries) {
            b.append("\n## ").append(day.format(e.date())).append("\n\n");
            String meta = meta(e);
            if (!meta.isEmpty()) {
                b.append('*').append(meta).append("*\n\n");
            }
            body(b, e);
        }
        if (!weekly.isEmpty()) {
            b.append("\n## ").append(t("export.pdf.weekly.reviews")).append("\n");
            for (WeeklyReview w : weekly) {
                b.append("\n### ").append(t("export.pdf.week.of", WeeklyReview.title(w.weekEnd()))).append("\n\n");
                answer(b, t("export.pdf.went.well"), w.wentWell());
                answer(b, t("export.pdf.differently"), w.differently());
                answer(b, t("export.pdf.next.action"), w.nextActionShown());
                if (!w.commitment().isEmpty()) {
                    b.append("> **").append(t("export.pdf.commitment")).append("** ")
                            .append(w.commitment().replace("\n", " ")).append("\n\n");
                }
            }
        }
        if (people != null) {
            b.append(PeopleSection.markdown(people));
        }
        write(file, b.toString());
    }

    /** One {@code yyyy-mm-dd.md} file per day in {@code folder}; returns how many were written. */
    public int toFolder(List<Entry> entries, Path folder) throws IOException {
        Files.createDirectories(folder);
        DateTimeFormatter day = day();
        for (Entry e : entries) {
            StringBuilder b = new StringBuilder("---\ndate: ").append(e.date());
            if (e.mood() != null) {
                b.append("\nmood: ").append(e.mood());
            }
            if (e.energy() != null) {
                b.append("\nenergy: ").append(e.energy());
            }
            b.append("\ntags: [");
            for (int i = 0; i < e.tags().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(yaml(e.tags().get(i)));
            }
            b.append("]\n---\n\n# ").append(day.format(e.date())).append("\n\n");
            body(b, e);
            write(folder.resolve(e.date() + ".md"), b.toString());
        }
        return entries.size();
    }

    private static void body(StringBuilder b, Entry e) {
        for (Entry.PromptAnswer a : e.answers()) {
            b.append("> **").append(a.promptText().replace("\n", " ")).append("**\n\n").append(a.answer().strip())
                    .append("\n\n");
        }
        if (!e.text().isBlank()) {
            b.append(e.text().strip()).append("\n");
        }
    }

    private static void answer(StringBuilder b, String question, String answer) {
        if (!answer.isEmpty()) {
            b.append("**").append(question).append("**\n\n").append(answer.strip()).append("\n\n");
        }
    }

    private static String meta(Entry e) {
        StringBuilder m = new StringBuilder();
        if (e.mood() != null) {
            m.append(t("export.md.mood", String.valueOf(e.mood())));
        }
        if (e.energy() != null) {
            m.append(m.length() > 0 ? " · " : "").append(t("export.md.energy", String.valueOf(e.energy())));
        }
        if (!e.tags().isEmpty()) {
            m.append(m.length() > 0 ? " · " : "").append("#").append(String.join(" #", e.tags()));
        }
        return m.toString();
    }

    /** A YAML double-quoted scalar. */
    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static void write(Path file, String content) throws IOException {
        AtomicFile.writeString(file, content);
    }
}
