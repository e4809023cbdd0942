package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.people.Agenda;
import app.microlead.people.Timeline;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XHTML of the one-page 1:1 agenda: what they hope for, the last 1:1's follow-ups, open promises,
 * what happened since, and ruled space for talking points. {@code recentLines} and {@code maxChars} let
 * {@link PdfExporter} shorten it until it fits on one page; whatever is left out is counted, never hidden.
 */
final class AgendaHtml {

    private static final int TALKING_POINT_LINES = 6;

    private final DateTimeFormatter day = DateTimeFormatter.ofPattern(t("export.format.short.day"), I18n.locale());
    private final TextForPdf text = new TextForPdf();
    private final Agenda.Sheet sheet;
    private final int recentLines;
    private final int maxChars;
    private final StringBuilder out = new StringBuilder(8 * 1024);

    AgendaHtml(Agenda.Sheet sheet, int recentLines, int maxChars) {
        this.sheet = sheet;
        this.recentLines = recentLines;
        this.maxChars = maxChars;
    }

    String build() {
        String title = sheet.title();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(I18n.locale().getLanguage()).append("\"><head><title>").append(text.esc(title))
                .append("</title><style>").append(PersonReportHtml.css()).append(css()).append("</style></head><body>");
        out.append("<h1>").append(text.esc(title)).append("</h1>");
        List<String> about = PersonReportHtml.about(sheet.person());
        if (!about.isEmpty()) {
            out.append("<p class=\"muted\">").append(text.esc(String.join(" · ", about))).append("</p>");
        }
        if (!sheet.person().hopes().isEmpty()) {
            out.append("<h2>").append(text.esc(t("people.agenda.hopes"))).append("</h2><div class=\"qa\">")
                    .append(text.markdown(cut(sheet.person().hopes()))).append("</div>");
        }
        if (!sheet.followUps().isEmpty()) {
            boxes(t("people.agenda.follow.ups", Agenda.day(sheet.lastOneOnOne())),
                    sheet.followUps().stream().map(this::cut).toList());
        }
        if (!sheet.open().isEmpty()) {
            // a long promise is shortened, never its due day
            boxes(t("people.agenda.promises"), sheet.open().stream().map(p -> p.due() == null ? cut(p.text())
                    : cut(p.text()) + " (" + t("people.agenda.due", Agenda.day(p.due())) + ")").toList());
        }
        recent();
        out.append("<h2>").append(text.esc(t("people.agenda.talking.points"))).append("</h2>");
        out.append("<div class=\"ruled\">&#160;</div>".repeat(TALKING_POINT_LINES));
        out.append("</body></html>");
        return out.toString();
    }

    private void boxes(String heading, List<String> lines) {
        out.append("<h2>").append(text.esc(heading)).append("</h2>");
        for (String l : lines) {
            out.append("<p class=\"box\">\u2610 ").append(text.esc(l)).append("</p>");
        }
    }

    private void recent() {
        out.append("<h2>").append(text.esc(sheet.recentHeading())).append("</h2>");
        List<Timeline> all = sheet.recent();
        if (all.isEmpty()) {
            out.append("<p class=\"muted\">").append(text.esc(t("people.agenda.nothing"))).append("</p>");
            return;
        }
        for (Timeline x : all.subList(0, Math.min(recentLines, all.size()))) {
            out.append("<p class=\"line\"><b>").append(day.format(x.date())).append("</b> ")
                    .append(text.esc(cut(Agenda.bullet(x.text())))).append("</p>");
        }
        // counted from every line since the last 1:1, not only those the sheet carries
        int leftOut = sheet.recentLeftOut(recentLines);
        if (leftOut > 0) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.agenda.more", leftOut))).append("</p>");
        }
    }

    private String cut(String s) {
        String flat = s.strip();
        return flat.length() <= maxChars ? flat : flat.substring(0, maxChars).strip() + "…";
    }

    private static String css() {
        return "@page { margin: 16mm 18mm 16mm 18mm; }"
                + "h2 { margin-top: 12pt; } .box { margin: 2pt 0; }"
                + ".ruled { border-bottom: 0.5pt solid #8c959f; height: 18pt; }";
    }
}
