package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * "Prepare 1:1": an agenda from what happened since the last 1:1 — what the person hopes for, the last
 * 1:1's follow-ups, open promises, and the journal days and check-ins since then — as Markdown, or as a
 * {@link Sheet} for the one-page PDF.
 */
public final class Agenda {

    /** At most this many lines of "since the last 1:1". */
    static final int MAX_RECENT = 30;

    /** Writes an agenda to a one-page PDF (the export feature does; people does not know how). */
    @FunctionalInterface
    public interface PdfWriter {
        void write(Sheet sheet, Path target) throws IOException;
    }

    /**
     * The agenda's parts.
     *
     * @param lastOneOnOne the day of the last 1:1 (null: none yet)
     * @param followUps    that 1:1's follow-ups, one a line, without list marks
     * @param open         the open promises
     * @param recent       journal days and check-ins since the last 1:1, newest first, at most {@link #MAX_RECENT}
     * @param recentTotal  how many there were before {@code recent} was cut to {@link #MAX_RECENT}
     */
    public record Sheet(Person person, LocalDate today, LocalDate lastOneOnOne, List<String> followUps, List<Promise> open,
                        List<Timeline> recent, int recentTotal) {

        public Sheet {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(today, "today");
            followUps = List.copyOf(followUps);
            open = List.copyOf(open);
            recent = List.copyOf(recent);
            recentTotal = Math.max(recentTotal, recent.size());
        }

        /** How many lines since the last 1:1 are left out when only the first {@code shown} of them are written. */
        public int recentLeftOut(int shown) {
            return recentTotal - Math.min(Math.max(shown, 0), recent.size());
        }

        public String title() {
            return t("people.agenda.title", person.name(), day(today));
        }

        /** The heading of the recent lines: since the last 1:1, or "Recently". */
        public String recentHeading() {
            return lastOneOnOne == null ? t("people.agenda.recent") : t("people.agenda.since", day(lastOneOnOne));
        }
    }

    private Agenda() {
    }

    /** The day as the app's language writes it ("12 March 2026"). */
    public static String day(LocalDate d) {
        return day(d, "people.format.day");
    }

    /** A day as the roster's one-line summaries give it (the month shortened). */
    public static String shortDay(LocalDate d) {
        return day(d, "people.format.short.day");
    }

    private static String day(LocalDate d, String pattern) {
        return d == null ? t("people.never") : DateTimeFormatter.ofPattern(t(pattern), I18n.locale()).format(d);
    }

    /**
     * @param timeline   the person's timeline, newest first
     * @param meetings   their 1:1s, newest first
     * @param promises   their promises
     */
    public static Sheet sheet(Person p, LocalDate today, List<Timeline> timeline, List<OneOnOne> meetings,
                              List<Promise> promises) {
        OneOnOne last = meetings.isEmpty() ? null : meetings.get(0);
        List<String> followUps = last == null ? List.of()
                : last.followUps().lines().filter(l -> !l.isBlank()).map(Agenda::bullet).toList();
        List<Promise> open = promises.stream().filter(x -> x.state() == Promise.State.OPEN).toList();
        LocalDate since = last == null ? null : last.date();
        List<Timeline> all = timeline.stream()
                .filter(x -> x.kind() != Timeline.Kind.ONE_ON_ONE && x.kind() != Timeline.Kind.PROMISE)
                .filter(x -> since == null || x.date().isAfter(since)).toList();
        return new Sheet(p, today, since, followUps, open, all.subList(0, Math.min(MAX_RECENT, all.size())), all.size());
    }

    /** As {@link #sheet}, in Markdown. */
    public static String markdown(Person p, LocalDate today, List<Timeline> timeline, List<OneOnOne> meetings,
                                  List<Promise> promises) {
        return markdown(sheet(p, today, timeline, meetings, promises));
    }

    public static String markdown(Sheet s) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(s.title()).append("\n\n");
        if (!s.person().hopes().isEmpty()) {
            md.append("## ").append(t("people.agenda.hopes")).append("\n\n").append(s.person().hopes()).append("\n\n");
        }
        if (!s.followUps().isEmpty()) {
            md.append("## ").append(t("people.agenda.follow.ups", day(s.lastOneOnOne()))).append("\n\n");
            s.followUps().forEach(l -> md.append("- ").append(l).append('\n'));
            md.append('\n');
        }
        if (!s.open().isEmpty()) {
            md.append("## ").append(t("people.agenda.promises")).append("\n\n");
            for (Promise x : s.open()) {
                md.append("- [ ] ").append(promise(x)).append('\n');
            }
            md.append('\n');
        }
        md.append("## ").append(s.recentHeading()).append("\n\n");
        if (s.recent().isEmpty()) {
            md.append(t("people.agenda.nothing")).append("\n\n");
        } else {
            for (Timeline x : s.recent()) {
                md.append("- ").append(day(x.date())).append(": ").append(bullet(x.text())).append('\n');
            }
            if (s.recentLeftOut(MAX_RECENT) > 0) {
                md.append('\n').append(t("people.agenda.more", s.recentLeftOut(MAX_RECENT))).append('\n');
            }
            md.append('\n');
        }
        md.append("## ").append(t("people.agenda.talking.points")).append("\n\n- \n");
        return md.toString();
    }

    /** An open promise as the agenda writes it: its text and, if it has one, its due day. */
    public static String promise(Promise x) {
        return x.due() == null ? x.text() : x.text() + " (" + t("people.agenda.due", day(x.due())) + ")";
    }

    /** A line without its list mark. */
    public static String bullet(String line) {
        return line.strip().replaceFirst("^[-*]\\s+", "");
    }
}
