package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.people.OneOnOne;
import app.microlead.people.Person;
import app.microlead.people.PersonPeriod;
import app.microlead.people.Promise;
import app.microlead.people.Timeline;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The XHTML of one person's PDF: their 1:1s, the promises made to them and the days they were mentioned. */
final class PersonReportHtml {

    private final DateTimeFormatter day = DateTimeFormatter.ofPattern(t("export.format.short.day"), I18n.locale());
    private final TextForPdf text = new TextForPdf();
    private final PersonReport report;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    PersonReportHtml(PersonReport report) {
        this.report = report;
    }

    String build() {
        PersonPeriod p = report.period();
        Person who = p.person();
        String title = t("export.person.title", who.name());
        String period = day.format(report.from()) + " – " + day.format(report.to());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(I18n.locale().getLanguage()).append("\"><head><title>").append(text.esc(title))
                .append("</title><style>").append(ReviewHtml.runningPages(title, period)).append(css())
                .append("</style></head><body>");
        out.append("<h1>").append(text.esc(title)).append("</h1><p class=\"muted\">").append(text.esc(period))
                .append("</p>");
        List<String> about = about(who);
        if (!about.isEmpty()) {
            out.append("<p>").append(text.esc(String.join(" · ", about))).append("</p>");
        }
        if (!who.hopes().isEmpty()) {
            out.append("<div class=\"qa\"><p class=\"q\">").append(text.esc(t("people.agenda.hopes"))).append("</p>")
                    .append(text.markdown(who.hopes())).append("</div>");
        }
        out.append("<p>").append(text.esc(PeopleSection.summary(p))).append("</p>");
        out.append("<p class=\"muted\">").append(text.esc(t("export.person.last", when(report.attention().lastOneOnOne()),
                when(report.attention().lastRecognised()), when(report.attention().lastMentioned())))).append("</p>");
        oneOnOnes(p.oneOnOnes());
        promises(p.promises());
        lines(t("export.person.mentions"), p.mentions(), t("export.person.no.mentions"));
        lines(t("export.person.check.ins"), p.checkIns(), t("export.person.no.check.ins"));
        out.append("</body></html>");
        return out.toString();
    }

    /** Role, team and 1:1 cadence, those that are set. */
    static List<String> about(Person who) {
        List<String> about = new ArrayList<>();
        if (!who.role().isEmpty()) {
            about.add(who.role());
        }
        if (!who.team().isEmpty()) {
            about.add(who.team());
        }
        if (who.cadence() != Person.Cadence.NONE) {
            about.add(t("export.person.cadence", who.cadence().label()));
        }
        return about;
    }

    private String when(LocalDate d) {
        return d == null ? t("people.never") : day.format(d);
    }

    private void oneOnOnes(List<OneOnOne> meetings) {
        out.append("<h2>").append(text.esc(t("export.person.one.on.ones"))).append("</h2>");
        if (meetings.isEmpty()) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.person.no.one.on.ones"))).append("</p>");
            return;
        }
        for (OneOnOne m : meetings) {
            // a 1:1's day stays with what was said (never alone at the foot of a page)
            out.append("<div class=\"meeting\"><h3>").append(day.format(m.date())).append("</h3>");
            part(t("people.agenda.talking.points"), m.talkingPoints());
            part(t("export.person.notes"), m.notes());
            part(t("export.person.follow.ups"), m.followUps());
            out.append("</div>");
        }
    }

    private void part(String label, String value) {
        if (!value.isEmpty()) {
            out.append("<div class=\"qa\"><p class=\"q\">").append(text.esc(label)).append("</p>")
                    .append(text.markdown(value)).append("</div>");
        }
    }

    private void promises(List<Promise> promises) {
        out.append("<h2>").append(text.esc(t("export.person.promises"))).append("</h2>");
        if (promises.isEmpty()) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.person.no.promises"))).append("</p>");
            return;
        }
        out.append("<table><tr>");
        for (String h : List.of("export.person.col.promise", "export.person.col.made", "export.person.col.due",
                "export.person.col.state")) {
            out.append("<th>").append(text.esc(t(h))).append("</th>");
        }
        out.append("</tr>");
        for (Promise x : promises) {
            String state = x.state().label() + (x.closedOn() == null ? "" : " (" + day.format(x.closedOn()) + ")");
            out.append("<tr><td>").append(text.esc(x.text())).append("</td><td>").append(day.format(x.madeOn()))
                    .append("</td><td>").append(x.due() == null ? "–" : day.format(x.due())).append("</td><td>")
                    .append(text.esc(state)).append("</td></tr>");
        }
        out.append("</table>");
    }

    private void lines(String heading, List<Timeline> items, String none) {
        out.append("<h2>").append(text.esc(heading)).append("</h2>");
        if (items.isEmpty()) {
            out.append("<p class=\"muted\">").append(text.esc(none)).append("</p>");
            return;
        }
        for (Timeline x : items) {
            out.append("<p class=\"line\"><b>").append(day.format(x.date())).append("</b> ").append(text.esc(x.text()))
                    .append("</p>");
        }
    }

    static String css() {
        return "* { font-family: 'DejaVu Sans'; }"
                + "body { font-size: 10pt; line-height: 1.45; color: #1f2328; }"
                + "h1 { font-size: 20pt; margin: 0 0 4pt 0; color: #0b3d91; }"
                + "h2 { font-size: 12pt; margin: 16pt 0 4pt 0; page-break-after: avoid; }"
                + "h3 { font-size: 10.5pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }"
                + ".muted { color: #57606a; } .line { margin: 2pt 0; }"
                + ".meeting { page-break-inside: avoid; }"
                // a quoted answer is not split: a sliver of its rule alone at a page's foot looked like a stray line
                + ".qa { margin: 4pt 0 6pt 0; padding-left: 8pt; border-left: 2pt solid #d0d7de; page-break-inside: avoid; }"
                + ".qa .q { font-weight: bold; }"
                + "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }"
                + "th, td { text-align: left; padding: 3pt 6pt; border-bottom: 0.5pt solid #d0d7de; font-size: 9pt; }";
    }
}
