package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.assessment.AssessmentResult;
import app.microlead.assessment.QuestionBank;
import app.microlead.assessment.SessionResult;
import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitStats;
import app.microlead.habits.PillarStrength;
import app.microlead.journal.Entry;
import app.microlead.review.WeeklyReview;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Builds the XHTML (with CSS paged media) of a leadership review. */
final class ReviewHtml {

    private static final String[] MOODS = {"rough", "low", "okay", "good", "great"};
    private static final String[] ENERGY = {"empty", "low", "steady", "high", "full"};

    private final DateTimeFormatter day = DateTimeFormatter.ofPattern(t("export.format.long.day"), I18n.locale());
    private final DateTimeFormatter shortDay = DateTimeFormatter.ofPattern(t("export.format.short.day"), I18n.locale());
    private final DateTimeFormatter monthName = DateTimeFormatter.ofPattern(t("export.format.month"), I18n.locale());

    private final TextForPdf text = new TextForPdf();
    private final ReviewData data;
    private final ReviewRequest req;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    ReviewHtml(ReviewData data) {
        this.data = data;
        this.req = data.request();
    }

    String build(Progress progress) {
        Map<YearMonth, List<Entry>> months = new LinkedHashMap<>();
        data.entries().forEach(e -> months.computeIfAbsent(YearMonth.from(e.date()), k -> new ArrayList<>()).add(e));
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(I18n.locale().getLanguage()).append("\"><head><title>").append(text.esc(req.title()))
                .append("</title><meta name=\"subject\" content=\"").append(text.esc(t("export.default.title")))
                .append("\"/><meta name=\"author\" content=\"")
                .append(text.esc(req.name())).append("\"/><style>").append(css()).append("</style>");
        bookmarks(months);
        out.append("</head><body>");
        cover();
        contents(months);
        if (req.has(ReviewRequest.Section.REFLECTIONS)) {
            int done = 0;
            for (Map.Entry<YearMonth, List<Entry>> m : months.entrySet()) {
                month(m.getKey(), m.getValue());
                done += m.getValue().size();
                progress.update(0.1 + 0.4 * done / Math.max(1, data.entries().size()), t("export.step.month", monthName.format(m.getKey())));
                progress.checkCancelled();
            }
            if (months.isEmpty()) {
                out.append("<h1 id=\"reflections\" class=\"section\">").append(text.esc(t("export.pdf.reflections")))
                        .append("</h1><p class=\"muted\">").append(text.esc(req.tag() == null ? t("export.pdf.no.reflection")
                                : t("export.pdf.no.reflection.tag", req.tag()))).append("</p>");
            }
            weeklyReviews();
        }
        if (req.has(ReviewRequest.Section.HABITS)) {
            habits();
            progress.checkCancelled();
        }
        if (showsAssessments()) {
            assessments();
        }
        out.append(PeopleSection.html(data, text));
        out.append("</body></html>");
        return out.toString();
    }

    private String css() {
        return "* { font-family: 'DejaVu Sans'; }"
                + "@page { size: A4; margin: 24mm 20mm 22mm 20mm; font-family: 'DejaVu Sans';"
                + " @top-left { content: '" + cssString(req.title()) + "'; font-size: 8pt; color: #57606a; font-family: 'DejaVu Sans'; }"
                + " @top-right { content: '" + cssString(shortDay.format(req.from()) + " – " + shortDay.format(req.to()))
                + "'; font-size: 8pt; color: #57606a; font-family: 'DejaVu Sans'; }"
                + " @bottom-right { content: '" + pageOf() + "'; font-size: 8pt; color: #57606a; font-family: 'DejaVu Sans'; } }"
                + "@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }"
                + "body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; color: #1f2328; }"
                + "h1 { font-size: 18pt; margin: 0 0 10pt 0; color: #0b3d91; }"
                + "h1.section { page-break-before: always; }"
                + "h2 { font-size: 12pt; margin: 16pt 0 4pt 0; page-break-after: avoid; }"
                + "h3 { font-size: 10.5pt; margin: 10pt 0 2pt 0; }"
                + ".cover { page-break-after: always; padding-top: 70mm; }"
                + ".cover h1 { font-size: 30pt; } .cover .period { font-size: 14pt; color: #57606a; }"
                + ".muted { color: #57606a; } .meta { color: #57606a; font-size: 9pt; margin: 0 0 4pt 0; }"
                + ".toc a { color: #1f2328; text-decoration: none; }"
                + ".toc a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".toc p { margin: 2pt 0; } .toc .sub { margin-left: 14pt; }"
                + ".day { page-break-inside: auto; border-top: 0.5pt solid #d0d7de; padding-top: 4pt; }"
                + ".qa { margin: 4pt 0 6pt 0; padding-left: 8pt; border-left: 2pt solid #d0d7de; }"
                + ".qa .q { font-weight: bold; }"
                + "blockquote { margin: 4pt 0 4pt 10pt; padding-left: 8pt; border-left: 2pt solid #8c959f; color: #424a53; }"
                + "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }"
                + "th, td { text-align: left; padding: 3pt 6pt; border-bottom: 0.5pt solid #d0d7de; font-size: 9pt; }"
                + "table.heat { width: auto; margin: 2pt 0 8pt 0; } table.heat td { border: none; padding: 0;"
                + " width: 5pt; height: 5pt; } td.h-done { background: #2da44e; } td.h-skip { background: #8c959f; }"
                + " td.h-miss { background: #d0d7de; } td.h-off { background: #f6f8fa; } td.h-none { background: #ffffff; }"
                + ".bar { background: #eaeef2; height: 7pt; width: 60mm; } .bar div { background: #2f81f7; height: 7pt; }"
                + "img.chart { width: 100%; }";
    }

    /** "Page x of y" in the user's language, as the inside of a CSS string with the page counters. */
    private static String pageOf() {
        return cssString(t("export.pdf.page", "%%PAGE%%", "%%PAGES%%"))
                .replace("%%PAGES%%", "' counter(pages) '").replace("%%PAGE%%", "' counter(page) '");
    }

    private static String cssString(String s) {
        return TextForPdf.printable(s).replace("\\", "\\\\").replace("'", "\\'").replace("<", "").replace("&", "and");
    }

    private void bookmarks(Map<YearMonth, List<Entry>> months) {
        out.append("<bookmarks>");
        if (req.has(ReviewRequest.Section.REFLECTIONS)) {
            out.append("<bookmark name=\"").append(text.esc(t("export.pdf.reflections")))
                    .append("\" href=\"#reflections\">");
            for (YearMonth m : months.keySet()) {
                out.append("<bookmark name=\"").append(text.esc(monthName.format(m))).append("\" href=\"#m-").append(m)
                        .append("\"/>");
            }
            out.append("</bookmark>");
        }
        if (!data.weeklyReviews().isEmpty()) {
            out.append("<bookmark name=\"").append(text.esc(t("export.pdf.weekly.reviews")))
                    .append("\" href=\"#weekly-reviews\"/>");
        }
        if (req.has(ReviewRequest.Section.HABITS)) {
            out.append("<bookmark name=\"").append(text.esc(t("export.pdf.habits"))).append("\" href=\"#habits\"/>");
        }
        if (showsAssessments()) {
            out.append("<bookmark name=\"").append(text.esc(t("export.pdf.assessments")))
                    .append("\" href=\"#assessments\"/>");
        }
        out.append(PeopleSection.bookmark(data, text));
        out.append("</bookmarks>");
    }

    private void cover() {
        out.append("<div class=\"cover\"><h1>").append(text.esc(req.title())).append("</h1><p class=\"period\">")
                .append(shortDay.format(req.from())).append(" – ").append(shortDay.format(req.to())).append("</p>");
        if (!req.name().isEmpty()) {
            out.append("<p>").append(text.esc(req.name())).append("</p>");
        }
        String made = shortDay.format(LocalDate.now());
        out.append("<p class=\"muted\">").append(text.esc(req.tag() == null
                ? t("export.pdf.cover.count", data.entries().size(), made)
                : t("export.pdf.cover.count.tag", data.entries().size(), req.tag(), made))).append("</p></div>");
    }

    /** A line of the contents: a link with a title, which a tagged (PDF/UA) document needs on every link. */
    private void tocLine(String attributes, String target, String label) {
        String l = text.esc(label);
        out.append("<p").append(attributes).append("><a href=\"#").append(target).append("\" title=\"").append(l)
                .append("\">").append(l).append("</a></p>");
    }

    private void contents(Map<YearMonth, List<Entry>> months) {
        out.append("<h1>").append(text.esc(t("export.pdf.contents"))).append("</h1><div class=\"toc\">");
        if (req.has(ReviewRequest.Section.REFLECTIONS)) {
            tocLine("", "reflections", t("export.pdf.reflections"));
            for (YearMonth m : months.keySet()) {
                tocLine(" class=\"sub\"", "m-" + m, monthName.format(m));
            }
        }
        if (!data.weeklyReviews().isEmpty()) {
            tocLine("", "weekly-reviews", t("export.pdf.weekly.reviews"));
        }
        if (req.has(ReviewRequest.Section.HABITS)) {
            tocLine("", "habits", t("export.pdf.habits"));
        }
        if (showsAssessments()) {
            tocLine("", "assessments", t("export.pdf.assessments"));
        }
        out.append(PeopleSection.contentsLine(data, text));
        out.append("</div>");
    }

    private void month(YearMonth m, List<Entry> entries) {
        boolean first = data.entries().get(0).date().getMonth() == m.getMonth() && data.entries().get(0).date().getYear() == m.getYear();
        out.append("<h1 class=\"section\" id=\"m-").append(m).append("\">");
        if (first) {
            out.append("<span id=\"reflections\"></span>"); // a target, not a link: an <a> without href reads as a link without a title
        }
        out.append(monthName.format(m)).append("</h1>");
        for (Entry e : entries) {
            out.append("<div class=\"day\"><h2>").append(day.format(e.date())).append("</h2><p class=\"meta\">");
            List<String> meta = new ArrayList<>();
            if (e.mood() != null) {
                meta.add(t("export.pdf.mood", String.valueOf(e.mood()), t("export.pdf.mood." + MOODS[e.mood() - 1])));
            }
            if (e.energy() != null) {
                meta.add(t("export.pdf.energy", String.valueOf(e.energy()),
                        t("export.pdf.energy." + ENERGY[e.energy() - 1])));
            }
            if (!e.tags().isEmpty()) {
                meta.add("#" + String.join(" #", e.tags()));
            }
            out.append(text.esc(String.join(" · ", meta))).append("</p>");
            for (Entry.PromptAnswer a : e.answers()) {
                out.append("<div class=\"qa\"><p class=\"q\">").append(text.esc(a.promptText())).append("</p>")
                        .append(text.markdown(a.answer())).append("</div>");
            }
            out.append(text.markdown(e.text())).append("</div>");
        }
    }

    /** The weekly reviews of the period, oldest first: the three answers and the commitment. */
    private void weeklyReviews() {
        if (data.weeklyReviews().isEmpty()) {
            return;
        }
        out.append("<h1 class=\"section\" id=\"weekly-reviews\">").append(text.esc(t("export.pdf.weekly.reviews")))
                .append("</h1>");
        for (WeeklyReview w : data.weeklyReviews()) {
            out.append("<div class=\"day\"><h2>").append(text.esc(t("export.pdf.week.of", WeeklyReview.title(w.weekEnd()))))
                    .append("</h2>");
            qa(t("export.pdf.went.well"), w.wentWell());
            qa(t("export.pdf.differently"), w.differently());
            qa(t("export.pdf.next.action"), w.nextAction());
            if (!w.commitment().isEmpty()) {
                out.append("<blockquote><b>").append(text.esc(t("export.pdf.commitment"))).append("</b> ")
                        .append(text.esc(w.commitment())).append("</blockquote>");
            }
            out.append("</div>");
        }
    }

    private void qa(String question, String answer) {
        if (!answer.isEmpty()) {
            out.append("<div class=\"qa\"><p class=\"q\">").append(text.esc(question)).append("</p>")
                    .append(text.markdown(answer)).append("</div>");
        }
    }

    private void habits() {
        LocalDate from = req.from();
        LocalDate to = req.to().isAfter(LocalDate.now()) ? LocalDate.now() : req.to();
        out.append("<h1 class=\"section\" id=\"habits\">").append(text.esc(t("export.pdf.habits"))).append("</h1>");
        List<HabitStats> stats = data.habits().stream().map(HabitRow::stats).toList();
        if (stats.isEmpty() || to.isBefore(from)) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.pdf.habits.none"))).append("</p>");
            return;
        }
        out.append("<p>").append(text.esc(t("export.pdf.habits.explained"))).append("</p>");
        List<String> names = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            double[] s = PillarStrength.series(stats, p, from, to);
            for (int i = 0; i < s.length; i++) {
                s[i] = s[i] * 100;
            }
            names.add(p.label());
            series.add(s);
        }
        out.append("<img class=\"chart\" alt=\"")
                .append(text.esc(t("export.pdf.habits.chart", shortDay.format(from), shortDay.format(to)))).append("\" src=\"").append(ChartImages.lines(names, series, shortDay.format(from),
                        shortDay.format(to), 480, 190)).append("\"/>");
        out.append("<table><tr>");
        for (String h : List.of("export.pdf.col.habit", "export.pdf.col.pillar", "export.pdf.col.schedule",
                "export.pdf.col.done", "export.pdf.col.skipped", "export.pdf.col.strength")) {
            out.append("<th>").append(text.esc(t(h))).append("</th>");
        }
        out.append("</tr>");
        for (HabitRow r : data.habits()) {
            int done = 0;
            int skipped = 0;
            for (CheckIn c : r.checkInsBetween(from, to)) {
                done += c.state() == CheckIn.State.DONE ? 1 : 0;
                skipped += c.state() == CheckIn.State.SKIPPED ? 1 : 0;
            }
            double[] curve = r.stats().strengthCurve();
            int idx = (int) (to.toEpochDay() - r.habit().startDate().toEpochDay());
            String strength = idx < 0 || curve.length == 0 ? "–" : I18n.percent(curve[Math.min(idx, curve.length - 1)]);
            out.append("<tr><td>").append(text.esc(r.habit().name())).append("</td><td>")
                    .append(r.habit().pillar() == null ? "–" : r.habit().pillar().label()).append("</td><td>")
                    .append(text.esc(r.habit().schedule().describe())).append("</td><td>").append(done).append("</td><td>")
                    .append(skipped).append("</td><td>").append(strength).append("</td></tr>");
        }
        out.append("</table>");
        for (HabitRow r : data.habits()) {
            out.append("<h3>").append(text.esc(r.habit().name())).append("</h3>");
            heatmap(r, from.isBefore(to.minusWeeks(52)) ? to.minusWeeks(52) : from, to);
        }
    }

    private void heatmap(HabitRow r, LocalDate from, LocalDate to) {
        LocalDate start = from.minusDays(from.getDayOfWeek().getValue() - 1L);
        out.append("<table class=\"heat\">");
        for (int dow = 0; dow < 7; dow++) {
            out.append("<tr>");
            for (LocalDate week = start; !week.isAfter(to); week = week.plusWeeks(1)) {
                LocalDate d = week.plusDays(dow);
                String cls;
                if (d.isBefore(from) || d.isAfter(to)) {
                    cls = "h-none";
                } else if (r.stateOn(d) == CheckIn.State.DONE) {
                    cls = "h-done";
                } else if (r.stateOn(d) == CheckIn.State.SKIPPED) {
                    cls = "h-skip";
                } else if (d.isBefore(r.habit().startDate()) || !r.habit().schedule().isScheduledOn(DayOfWeek.from(d))) {
                    cls = "h-off";
                } else {
                    cls = "h-miss";
                }
                out.append("<td class=\"").append(cls).append("\"></td>");
            }
            out.append("</tr>");
        }
        out.append("</table>");
    }

    /** The self-assessments' section, when asked for and there is one to show: no page saying "none". */
    private boolean showsAssessments() {
        return req.has(ReviewRequest.Section.ASSESSMENTS) && !data.assessments().isEmpty();
    }

    private void assessments() {
        out.append("<h1 class=\"section\" id=\"assessments\">").append(text.esc(t("export.pdf.assessments")))
                .append("</h1>");
        QuestionBank bank = data.bank();
        AssessmentResult previous = null;
        for (SessionResult s : data.assessments()) {
            AssessmentResult r = s.result();
            out.append("<h2>").append(shortDay.format(s.session().finishedAt().atZone(ZoneId.systemDefault())))
                    .append("</h2><table><tr><th>").append(text.esc(t("export.pdf.col.scale"))).append("</th><th>")
                    .append(text.esc(t("export.pdf.col.score"))).append("</th><th></th><th>")
                    .append(text.esc(t("export.pdf.col.band"))).append("</th></tr>");
            for (QuestionBank.Scale sc : bank.scales()) {
                row(sc.name(), r.score(sc.id()), r.scales().get(sc.id()).band());
            }
            row(t("export.pdf.risk"), r.risk(), r.riskBand());
            out.append("</table><p>").append(text.esc(t("export.pdf.index", fmt(r.index()))));
            if (r.quadrant() != null) {
                out.append(" · ").append(text.esc(r.quadrant().label() + ": " + r.quadrant().text()));
            }
            out.append("</p>");
            List<String> labels = new ArrayList<>();
            List<Double> now = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            for (QuestionBank.Scale p : bank.pillars()) {
                for (QuestionBank.Facet f : p.facets()) {
                    labels.add(f.name());
                    now.add(r.facet(p.id(), f.id()).orElse(Double.NaN));
                    before.add(previous == null ? Double.NaN : previous.facet(p.id(), f.id()).orElse(Double.NaN));
                }
            }
            out.append("<img class=\"chart\" alt=\"").append(text.esc(t("export.pdf.facets"))).append("\" src=\"").append(ChartImages.radar(labels,
                    now.stream().mapToDouble(Double::doubleValue).toArray(), previous == null ? null
                            : before.stream().mapToDouble(Double::doubleValue).toArray(), 240)).append("\"/>");
            if (!s.session().planText().isBlank()) {
                out.append("<p><b>").append(text.esc(t("export.pdf.plan"))).append("</b> ").append(text.esc(s.session().planText())).append("</p>");
            }
            previous = r;
        }
    }

    private void row(String name, OptionalDouble score, QuestionBank.Band band) {
        int pct = score.isPresent() ? (int) Math.round(score.getAsDouble()) : 0;
        out.append("<tr><td>").append(text.esc(name)).append("</td><td>").append(fmt(score))
                .append("</td><td><div class=\"bar\"><div style=\"width: ").append(pct).append("%\"></div></div></td><td>")
                .append(text.esc(band == null ? t("export.pdf.too.few.answers") : band.label())).append("</td></tr>");
    }

    private static String fmt(OptionalDouble v) {
        return v.isPresent() ? String.valueOf(Math.round(v.getAsDouble())) : "–";
    }
}
