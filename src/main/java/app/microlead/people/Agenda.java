package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Prepare 1:1": an agenda in Markdown from what happened since the last 1:1 — what the person hopes
 * for, the last 1:1's follow-ups, open promises, and the journal days, check-ins and promises since then.
 */
public final class Agenda {

    private Agenda() {
    }

    /** The day as the app's language writes it ("12 March 2026"). */
    public static String day(LocalDate d) {
        return d == null ? t("people.never") : DateTimeFormatter.ofPattern(t("people.format.day"), I18n.locale()).format(d);
    }

    /**
     * @param timeline   the person's timeline, newest first
     * @param meetings   their 1:1s, newest first
     * @param promises   their promises
     */
    public static String markdown(Person p, LocalDate today, List<Timeline> timeline, List<OneOnOne> meetings,
                                  List<Promise> promises) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("people.agenda.title", p.name(), day(today))).append("\n\n");
        if (!p.hopes().isEmpty()) {
            md.append("## ").append(t("people.agenda.hopes")).append("\n\n").append(p.hopes()).append("\n\n");
        }
        OneOnOne last = meetings.isEmpty() ? null : meetings.get(0);
        if (last != null && !last.followUps().isEmpty()) {
            md.append("## ").append(t("people.agenda.follow.ups", day(last.date()))).append("\n\n");
            last.followUps().lines().filter(l -> !l.isBlank()).forEach(l -> md.append("- ").append(bullet(l)).append('\n'));
            md.append('\n');
        }
        List<Promise> open = promises.stream().filter(x -> x.state() == Promise.State.OPEN).toList();
        if (!open.isEmpty()) {
            md.append("## ").append(t("people.agenda.promises")).append("\n\n");
            for (Promise x : open) {
                md.append("- [ ] ").append(x.text());
                if (x.due() != null) {
                    md.append(" (").append(t("people.agenda.due", day(x.due()))).append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        }
        LocalDate since = last == null ? null : last.date();
        List<Timeline> recent = timeline.stream()
                .filter(x -> x.kind() != Timeline.Kind.ONE_ON_ONE && x.kind() != Timeline.Kind.PROMISE)
                .filter(x -> since == null || x.date().isAfter(since)).limit(30).toList();
        md.append("## ").append(since == null ? t("people.agenda.recent")
                : t("people.agenda.since", day(since))).append("\n\n");
        if (recent.isEmpty()) {
            md.append(t("people.agenda.nothing")).append("\n\n");
        } else {
            for (Timeline x : recent) {
                md.append("- ").append(day(x.date())).append(": ").append(bullet(x.text())).append('\n');
            }
            md.append('\n');
        }
        md.append("## ").append(t("people.agenda.talking.points")).append("\n\n- \n");
        return md.toString();
    }

    private static String bullet(String line) {
        return line.strip().replaceFirst("^[-*]\\s+", "");
    }
}
