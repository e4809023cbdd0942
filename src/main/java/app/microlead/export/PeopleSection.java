package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.people.PersonPeriod;
import app.microlead.people.Promise;
import java.util.List;

/**
 * The review's optional "People" section, in the PDF (XHTML) and in Markdown: per person, the 1:1s held,
 * the promises kept, broken and open, the days the journal mentions them and the micro-actions done for
 * them (recognitions) in the period. Counts, not verdicts. {@link ReviewHtml} only calls it.
 */
final class PeopleSection {

    static final String ID = "people";

    private PeopleSection() {
    }

    /** Asked for, and someone to show: like the self-assessments, an empty section spends no page. */
    static boolean shown(ReviewData data) {
        return data.request().has(ReviewRequest.Section.PEOPLE) && !data.people().isEmpty();
    }

    /** "2 1:1s · promises: 3 kept, 1 broken, 1 open · mentioned on 5 days · 4 recognitions". */
    static String summary(PersonPeriod p) {
        return t("export.people.summary", p.oneOnOnes().size(), p.promises(Promise.State.KEPT),
                p.promises(Promise.State.BROKEN), p.promises(Promise.State.OPEN), p.mentionDays(), p.microActions());
    }

    /** The bookmark of the section, or nothing. */
    static String bookmark(ReviewData data, TextForPdf text) {
        return shown(data) ? "<bookmark name=\"" + text.esc(t("export.people.title")) + "\" href=\"#" + ID + "\"/>" : "";
    }

    /** The section's line in the contents, or nothing. */
    static String contentsLine(ReviewData data, TextForPdf text) {
        String l = text.esc(t("export.people.title"));
        return shown(data) ? "<p><a href=\"#" + ID + "\" title=\"" + l + "\">" + l + "</a></p>" : "";
    }

    /** The section, starting on a new page, or nothing when it was not asked for or has no one. */
    static String html(ReviewData data, TextForPdf text) {
        if (!shown(data)) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h1 class=\"section\" id=\"" + ID + "\">")
                .append(text.esc(t("export.people.title"))).append("</h1>");
        List<PersonPeriod> people = data.people();
        out.append("<p>").append(text.esc(t("export.people.explained"))).append("</p><table class=\"num\"><tr>");
        for (String h : List.of("export.people.col.person", "export.people.col.one.on.ones",
                "export.people.col.kept", "export.people.col.broken", "export.people.col.open",
                "export.people.col.mentioned", "export.people.col.recognised")) {
            out.append("<th>").append(text.esc(t(h))).append("</th>");
        }
        out.append("</tr>");
        for (PersonPeriod p : people) {
            out.append("<tr><td>").append(text.esc(p.person().name())).append("</td><td>")
                    .append(p.oneOnOnes().size()).append("</td><td>").append(p.promises(Promise.State.KEPT))
                    .append("</td><td>").append(p.promises(Promise.State.BROKEN)).append("</td><td>")
                    .append(p.promises(Promise.State.OPEN)).append("</td><td>").append(p.mentionDays())
                    .append("</td><td>").append(p.microActions()).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    /** The section in Markdown (a heading and one line per person), or nothing. */
    static String markdown(List<PersonPeriod> people) {
        StringBuilder b = new StringBuilder("\n## ").append(t("export.people.title")).append("\n\n");
        if (people.isEmpty()) {
            return b.append(t("export.people.none")).append('\n').toString();
        }
        b.append(t("export.people.explained")).append("\n\n");
        for (PersonPeriod p : people) {
            b.append("- **").append(p.person().name()).append("**: ").append(summary(p)).append('\n');
        }
        return b.toString();
    }
}
