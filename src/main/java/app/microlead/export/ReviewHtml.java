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
import java.util.HashMap;
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
    private final ReviewCharts charts = new ReviewCharts();
    private final LocalDate today;
    private final ZoneId zone;

    /** The review of {@code data}, dated by its clock: its day for "made on" and its zone for the assessments' days. */
    ReviewHtml(ReviewData data) {
        this.data = data;
        this.req = data.request();
        this.zone = data.clock().getZone();
        this.today = LocalDate.now(data.clock());
    }

    /** The charts of the HTML that {@link #build} made, for the renderer to draw. */
    ReviewCharts charts() {
        return charts;
    }

    /** A part of the review: a line in the contents and a bookmark (with its own lines below), and its pages. */
    private record Part(String id, String title, List<Part> children, Runnable body) {
    }

    String build(Progress progress) {
        Map<YearMonth, List<Entry>> months = new LinkedHashMap<>();
        data.entries().forEach(e -> months.computeIfAbsent(YearMonth.from(e.date()), k -> new ArrayList<>()).add(e));
        List<Part> parts = parts(months, progress);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(I18n.locale().getLanguage()).append("\"><head><title>").append(text.esc(req.title()))
                .append("</title><meta name=\"subject\" content=\"").append(text.esc(t("export.default.title")))
                .append("\"/><meta name=\"author\" content=\"")
                .append(text.esc(req.name())).append("\"/><style>").append(css()).append("</style>");
        bookmarks(parts);
        out.append("</head><body>");
        cover();
        contents(parts);
        for (Part p : parts) {
            p.body().run();
            progress.checkCancelled();
        }
        out.append("</body></html>");
        return out.toString();
    }

    /**
     * The review's parts in order: the period at a glance first, then the micro-actions, self-assessments
     * and weekly reviews in full, then the reflections month by month. A part with nothing to show is left out.
     */
    private List<Part> parts(Map<YearMonth, List<Entry>> months, Progress progress) {
        List<Part> parts = new ArrayList<>();
        if (req.has(ReviewRequest.Section.REFLECTIONS) || req.has(ReviewRequest.Section.HABITS) || showsAssessments()) {
            parts.add(section("summary", t("export.pdf.summary"), this::summary));
        }
        if (req.has(ReviewRequest.Section.HABITS)) {
            parts.add(section("habits", t("export.pdf.habits"), this::habits));
        }
        if (showsAssessments()) {
            parts.add(section("assessments", t("export.pdf.assessments"), this::assessments));
        }
        if (!data.weeklyReviews().isEmpty()) {
            parts.add(section("weekly-reviews", t("export.pdf.weekly.reviews"), this::weeklyReviews));
        }
        if (PeopleSection.shown(data)) {
            parts.add(new Part(PeopleSection.ID, t("export.people.title"), List.of(),
                    () -> out.append(PeopleSection.html(data, text))));
        }
        if (req.has(ReviewRequest.Section.REFLECTIONS)) {
            List<Part> monthParts = months.keySet().stream()
                    .map(m -> new Part("m-" + m, monthName.format(m), List.of(), () -> { })).toList();
            parts.add(new Part("reflections", t("export.pdf.reflections"), monthParts, () -> reflections(months, progress)));
        }
        return parts;
    }

    /** A part that starts on a new page under its own heading. */
    private Part section(String id, String title, Runnable body) {
        return new Part(id, title, List.of(), () -> {
            out.append("<h1 class=\"section\" id=\"").append(id).append("\">").append(text.esc(title)).append("</h1>");
            body.run();
        });
    }

    private void reflections(Map<YearMonth, List<Entry>> months, Progress progress) {
        int done = 0;
        for (Map.Entry<YearMonth, List<Entry>> m : months.entrySet()) {
            month(m.getKey(), m.getValue(), done == 0);
            done += m.getValue().size();
            progress.update(0.1 + 0.4 * done / Math.max(1, data.entries().size()), t("export.step.month", monthName.format(m.getKey())));
            progress.checkCancelled();
        }
        if (months.isEmpty()) {
            out.append("<h1 id=\"reflections\" class=\"section\">").append(text.esc(t("export.pdf.reflections")))
                    .append("</h1><p class=\"muted\">").append(text.esc(req.tag() == null ? t("export.pdf.no.reflection")
                            : t("export.pdf.no.reflection.tag", req.tag()))).append("</p>");
        }
    }

    private String css() {
        return "* { font-family: 'DejaVu Sans'; }"
                + runningPages(req.title(), period())
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
                // a day (or week) starts on the next page rather than leave its heading, mood line or first
                // prompt alone at the foot of one; an answer's question likewise keeps its first lines
                + ".day { page-break-inside: auto; border-top: 0.5pt solid #d0d7de; padding-top: 4pt;"
                + " -fs-page-break-min-height: 78pt; }"
                + ".day .qa { -fs-page-break-min-height: 40pt; }"
                + "h1 + .day { border-top: none; padding-top: 0; }"
                + ".qa { margin: 4pt 0 6pt 0; padding-left: 8pt; border-left: 2pt solid #d0d7de; }"
                + ".qa .q { font-weight: bold; }"
                + "blockquote { margin: 4pt 0 4pt 10pt; padding-left: 8pt; border-left: 2pt solid #8c959f; color: #424a53; }"
                + "table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; page-break-inside: auto; }"
                + "tr { page-break-inside: avoid; }"
                + "th, td { text-align: left; vertical-align: top; padding: 3pt 6pt; border-bottom: 0.5pt solid #d0d7de;"
                + " font-size: 9pt; }"
                + "th { font-weight: bold; color: #57606a; border-bottom: 0.8pt solid #8c959f; }"
                + "table.num td + td, table.num th + th { text-align: right; }"
                + "td.nowrap, table.num td + td { white-space: nowrap; }"
                + "table { -fs-table-paginate: paginate; } table.habits { table-layout: fixed; }"
                + " table.habits th + th { text-align: right; } table.habits td + td { text-align: right; white-space: nowrap; }"
                + " table.habits th, table.habits td { padding: 3pt 4pt; } table.habits th { font-size: 8pt; }"
                + " table.habits th:nth-child(1) { width: 34%; } table.habits th:nth-child(2) { width: 11%; }"
                + " table.habits th:nth-child(3) { width: 17%; } table.habits th:nth-child(4) { width: 11%; }"
                + " table.habits th:nth-child(5) { width: 13%; } table.habits th:nth-child(6) { width: 14%; }"
                + ".block { page-break-inside: avoid; }"
                + ".swatch { display: inline-block; width: 9pt; height: 3pt; margin: 0 5pt 2pt 0; }"
                // a name after its swatch wraps under the name, not under the swatch
                + ".named { position: relative; padding-left: 14pt; }"
                + " .named .swatch { position: absolute; left: 0; top: 0.55em; margin: 0; }"
                + ".assessment { page-break-inside: avoid; }"
                + ".p0 { background: #2f81f7; } .p1 { background: #d4a72c; } .p2 { background: #2e8b57; }"
                + ".figure { margin: 4pt 0 8pt 0; page-break-inside: avoid; }"
                + ".habit { page-break-inside: avoid; margin-bottom: 6pt; } .habit h3 { margin-bottom: 0; }"
                + ".legend { font-size: 8.5pt; color: #57606a; }"
                + ".key { display: inline-block; width: 7pt; height: 7pt; margin: 0 3pt 0 0; }"
                + ".h-done { background: #1f883d; } .h-skip { background: #8c959f; } .h-miss { background: #d0d7de; }"
                + " .h-off { background: #f0f2f4; }"
                + ".bar { background: #eaeef2; height: 7pt; width: 60mm; } .bar div { background: #2f81f7; height: 7pt; }"
                + "object.chart { display: block; }";
    }

    /**
     * A4 pages with a running head (the document's {@code title} on the left, its {@code period} on the right)
     * and "Page x of y" at the foot, none of them on the first page; the review and a person's page share them.
     */
    static String runningPages(String title, String period) {
        String small = "font-size: 8pt; color: #57606a; font-family: 'DejaVu Sans';";
        return "@page { size: A4; margin: 24mm 20mm 22mm 20mm; font-family: 'DejaVu Sans';"
                + " @top-left { content: '" + cssString(title) + "'; " + small + " }"
                + " @top-right { content: '" + cssString(period) + "'; " + small + " }"
                + " @bottom-right { content: '" + pageOf() + "'; " + small + " } }"
                + "@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }";
    }

    /** "Page x of y" in the user's language, as the inside of a CSS string with the page counters. */
    private static String pageOf() {
        return cssString(t("export.pdf.page", "%%PAGE%%", "%%PAGES%%"))
                .replace("%%PAGES%%", "' counter(pages) '").replace("%%PAGE%%", "' counter(page) '");
    }

    private static String cssString(String s) {
        return TextForPdf.printable(s).replace("\\", "\\\\").replace("'", "\\'").replace("<", "").replace("&", "and");
    }

    private void bookmarks(List<Part> parts) {
        out.append("<bookmarks>");
        for (Part p : parts) {
            out.append("<bookmark name=\"").append(text.esc(p.title())).append("\" href=\"#").append(p.id()).append("\">");
            for (Part c : p.children()) {
                out.append("<bookmark name=\"").append(text.esc(c.title())).append("\" href=\"#").append(c.id())
                        .append("\"/>");
            }
            out.append("</bookmark>");
        }
        out.append("</bookmarks>");
    }

    /** The period's first and last day, or its day once ("7 Dec 2026 – 7 Dec 2026" said one day twice). */
    private String period() {
        return req.from().equals(req.to()) ? shortDay.format(req.from())
                : shortDay.format(req.from()) + " – " + shortDay.format(req.to());
    }

    private void cover() {
        out.append("<div class=\"cover\"><h1>").append(text.esc(req.title())).append("</h1><p class=\"period\">")
                .append(period()).append("</p>");
        if (!req.name().isEmpty()) {
            out.append("<p>").append(text.esc(req.name())).append("</p>");
        }
        String made = shortDay.format(today);
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

    private void contents(List<Part> parts) {
        out.append("<h1>").append(text.esc(t("export.pdf.contents"))).append("</h1><div class=\"toc\">");
        for (Part p : parts) {
            tocLine("", p.id(), p.title());
            for (Part c : p.children()) {
                tocLine(" class=\"sub\"", c.id(), c.title());
            }
        }
        out.append("</div>");
    }

    private void month(YearMonth m, List<Entry> entries, boolean first) {
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
        for (WeeklyReview w : data.weeklyReviews()) {
            out.append("<div class=\"day\"><h2>").append(text.esc(t("export.pdf.week.of", WeeklyReview.title(w.weekEnd()))))
                    .append("</h2>");
            qa(t("export.pdf.went.well"), w.wentWell());
            qa(t("export.pdf.differently"), w.differently());
            qa(t("export.pdf.next.action"), w.nextActionShown());
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

    /** The last day the habits are shown for: the period's end, or today when it ends later. */
    private LocalDate habitsTo() {
        return req.to().isAfter(today) ? today : req.to();
    }

    /**
     * The period at a glance: how much was written, the pillars' strength, every micro-action with its
     * strength and streaks, the self-assessments' scores and the weekly reviews' latest commitments.
     */
    private void summary() {
        if (req.has(ReviewRequest.Section.REFLECTIONS)) {
            reflectionsAtAGlance();
        }
        if (req.has(ReviewRequest.Section.HABITS)) {
            habitsAtAGlance();
        }
        if (showsAssessments()) {
            assessmentsAtAGlance();
        }
        if (!data.weeklyReviews().isEmpty()) {
            weeklyReviewsAtAGlance();
        }
    }

    private void reflectionsAtAGlance() {
        long days = req.to().toEpochDay() - req.from().toEpochDay() + 1;
        List<String> facts = new ArrayList<>();
        facts.add(t("export.pdf.summary.written", data.entries().size(), days));
        average(data.entries().stream().map(Entry::mood).toList())
                .ifPresent(v -> facts.add(t("export.pdf.summary.mood", decimal(v))));
        average(data.entries().stream().map(Entry::energy).toList())
                .ifPresent(v -> facts.add(t("export.pdf.summary.energy", decimal(v))));
        Map<String, Integer> tags = new HashMap<>();
        data.entries().forEach(e -> e.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum)));
        List<String> top = tags.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(e -> "#" + e.getKey() + " (" + e.getValue() + ")").toList();
        out.append("<h2>").append(text.esc(t("export.pdf.reflections"))).append("</h2><p>")
                .append(text.esc(String.join(" · ", facts))).append("</p>");
        if (!top.isEmpty()) {
            out.append("<p class=\"meta\">").append(text.esc(t("export.pdf.summary.tags", String.join("  ", top))))
                    .append("</p>");
        }
    }

    private static String decimal(double v) {
        return String.format(I18n.locale(), "%.1f", v);
    }

    private static OptionalDouble average(List<Integer> values) {
        return values.stream().filter(v -> v != null).mapToInt(Integer::intValue).average();
    }

    private void habitsAtAGlance() {
        LocalDate from = req.from();
        LocalDate to = habitsTo();
        out.append("<h2>").append(text.esc(t("export.pdf.pillars"))).append("</h2>");
        List<HabitStats> stats = data.habits().stream().map(HabitRow::stats).toList();
        if (stats.isEmpty() || to.isBefore(from)) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.pdf.habits.none"))).append("</p>");
            return;
        }
        out.append("<p class=\"meta\">").append(text.esc(t("export.pdf.habits.explained"))).append("</p>");
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
        out.append("<div class=\"figure\">").append(charts.object(ReviewCharts.lines(names, series, from, I18n.locale(),
                shortDay.format(from), shortDay.format(to)), t("export.pdf.habits.chart", shortDay.format(from),
                shortDay.format(to)), 640, 190, text)).append("</div>");
        tableHead("num", List.of("export.pdf.col.pillar", "export.pdf.col.habits", "export.pdf.col.strength.start",
                "export.pdf.col.strength"));
        for (int i = 0; i < Pillar.values().length; i++) {
            Pillar p = Pillar.values()[i];
            double[] s = series.get(i);
            long count = data.habits().stream().filter(r -> r.habit().pillar() == p).count();
            double atStart = s.length == 0 ? Double.NaN : s[0]; // "–" for a pillar not tracked yet when the period began
            out.append("<tr><td><div class=\"named\"><span class=\"swatch p").append(i).append("\"></span>")
                    .append(text.esc(p.label())).append("</div></td><td>").append(count).append("</td><td>").append(percent(atStart))
                    .append("</td><td>").append(percent(last(s))).append("</td></tr>");
        }
        out.append("</table>");
        out.append("<h2>").append(text.esc(t("export.pdf.habits"))).append("</h2>");
        tableHead("habits", List.of("export.pdf.col.habit", "export.pdf.col.done",
                "export.pdf.col.skipped", "export.pdf.col.strength.short", "export.pdf.col.streak", "export.pdf.col.best.streak"));
        for (HabitRow r : data.habits()) {
            int[] counts = counts(r, from, to);
            double[] curve = r.stats().strengthCurve();
            int idx = (int) (to.toEpochDay() - r.habit().startDate().toEpochDay());
            String strength = idx < 0 || curve.length == 0 ? "–" : I18n.percent(curve[Math.min(idx, curve.length - 1)]);
            out.append("<tr><td><div class=\"named\">");
            if (r.habit().pillar() != null) { // the colour of its pillar, named in the table above
                out.append("<span class=\"swatch p").append(r.habit().pillar().ordinal()).append("\"></span>");
            }
            out.append(text.esc(r.habit().name())).append("</div></td><td>").append(counts[0]).append("</td><td>").append(counts[1]).append("</td><td>").append(strength)
                    .append("</td><td>").append(text.esc(r.stats().current().describe())).append("</td><td>")
                    .append(text.esc(r.stats().best().describe())).append("</td></tr>");
        }
        out.append("</table>");
    }

    /** A table of class {@code classes} and its header row, repeated on every page the table spans. */
    private void tableHead(String classes, List<String> keys) {
        out.append("<table class=\"").append(classes).append("\"><thead><tr>");
        for (String k : keys) {
            out.append("<th>").append(text.esc(t(k))).append("</th>");
        }
        out.append("</tr></thead>");
    }

    private static double last(double[] s) {
        for (int i = s.length - 1; i >= 0; i--) {
            if (!Double.isNaN(s[i])) {
                return s[i];
            }
        }
        return Double.NaN;
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : I18n.percent(v / 100);
    }

    /** Days done and skipped in the period. */
    private static int[] counts(HabitRow r, LocalDate from, LocalDate to) {
        int[] c = new int[2];
        for (CheckIn ci : r.checkInsBetween(from, to)) {
            c[0] += ci.state() == CheckIn.State.DONE ? 1 : 0;
            c[1] += ci.state() == CheckIn.State.SKIPPED ? 1 : 0;
        }
        return c;
    }

    private void assessmentsAtAGlance() {
        QuestionBank bank = data.bank();
        out.append("<div class=\"block\"><h2>").append(text.esc(t("export.pdf.assessments")))
                .append("</h2><table class=\"num\"><tr><th>")
                .append(text.esc(t("export.pdf.col.date"))).append("</th><th>").append(text.esc(t("export.pdf.col.index")))
                .append("</th>");
        for (QuestionBank.Scale p : bank.pillars()) {
            out.append("<th>").append(text.esc(p.name())).append("</th>");
        }
        out.append("<th>").append(text.esc(t("export.pdf.risk"))).append("</th></tr>");
        for (SessionResult s : data.assessments()) {
            AssessmentResult r = s.result();
            out.append("<tr><td class=\"nowrap\">").append(shortDay.format(s.session().finishedAt().atZone(zone)))
                    .append("</td><td>").append(fmt(r.index())).append("</td>");
            for (QuestionBank.Scale p : bank.pillars()) {
                out.append("<td>").append(fmt(r.score(p.id()))).append("</td>");
            }
            out.append("<td>").append(fmt(r.risk())).append("</td></tr>");
        }
        out.append("</table></div>");
    }

    private void weeklyReviewsAtAGlance() {
        List<WeeklyReview> all = data.weeklyReviews();
        out.append("<div class=\"block\"><h2>").append(text.esc(t("export.pdf.weekly.reviews"))).append("</h2><p>")
                .append(text.esc(t("export.pdf.summary.weekly", all.size()))).append("</p>");
        List<WeeklyReview> latest = all.stream().filter(w -> !w.commitment().isEmpty())
                .skip(Math.max(0, all.stream().filter(w -> !w.commitment().isEmpty()).count() - 6)).toList();
        if (!latest.isEmpty()) {
            out.append("<table><tr><th>").append(text.esc(t("export.pdf.col.week"))).append("</th><th>")
                    .append(text.esc(t("export.pdf.col.commitment"))).append("</th></tr>");
            for (WeeklyReview w : latest) {
                out.append("<tr><td class=\"nowrap\">").append(text.esc(WeeklyReview.title(w.weekEnd()))).append("</td><td>")
                        .append(text.esc(w.commitment())).append("</td></tr>");
            }
            out.append("</table>");
        }
        out.append("</div>");
    }

    /** Every micro-action's days in the period (its last 52 weeks), with the legend of the colours. */
    private void habits() {
        LocalDate to = habitsTo();
        LocalDate from = req.from().isBefore(to.minusWeeks(52)) ? to.minusWeeks(52).plusDays(1) : req.from();
        if (data.habits().isEmpty() || to.isBefore(from)) {
            out.append("<p class=\"muted\">").append(text.esc(t("export.pdf.habits.none"))).append("</p>");
            return;
        }
        out.append("<p class=\"legend\">");
        String[][] legend = {{"h-done", "export.pdf.col.done"}, {"h-skip", "export.pdf.col.skipped"},
                {"h-miss", "export.pdf.legend.missed"}, {"h-off", "export.pdf.legend.off"}};
        for (String[] l : legend) {
            out.append("<span class=\"key ").append(l[0]).append("\"></span>").append(text.esc(t(l[1]))).append("   ");
        }
        out.append("</p>");
        for (HabitRow r : data.habits()) {
            int[] counts = counts(r, from, to);
            List<String> meta = new ArrayList<>();
            if (r.habit().pillar() != null) {
                meta.add(r.habit().pillar().label());
            }
            meta.add(r.habit().schedule().describe());
            meta.add(t("export.pdf.habit.counts", counts[0], counts[1]));
            out.append("<div class=\"habit\"><h3>").append(text.esc(r.habit().name())).append("</h3><p class=\"meta\">")
                    .append(text.esc(String.join(" · ", meta))).append("</p>");
            heatmap(r, from, to);
            out.append("</div>");
        }
    }

    private void heatmap(HabitRow r, LocalDate from, LocalDate to) {
        int n = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        ReviewCharts.Cell[] cells = new ReviewCharts.Cell[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = from.plusDays(i);
            CheckIn.State state = r.stateOn(d);
            if (state == CheckIn.State.DONE) {
                cells[i] = ReviewCharts.Cell.DONE;
            } else if (state == CheckIn.State.SKIPPED) {
                cells[i] = ReviewCharts.Cell.SKIPPED;
            } else if (d.isBefore(r.habit().startDate()) || !r.habit().schedule().isScheduledOn(DayOfWeek.from(d))) {
                cells[i] = ReviewCharts.Cell.OFF;
            } else {
                cells[i] = ReviewCharts.Cell.MISSED;
            }
        }
        int weeks = (from.getDayOfWeek().getValue() - 1 + n + 6) / 7;
        out.append(charts.object(ReviewCharts.heatmap(from, cells, I18n.locale()),
                t("export.pdf.heatmap", r.habit().name(), shortDay.format(from), shortDay.format(to)),
                Math.min(640, 34 + weeks * 11), 14 + 7 * 11, text));
    }

    /** The self-assessments' section, when asked for and there is one to show: no page saying "none". */
    private boolean showsAssessments() {
        return req.has(ReviewRequest.Section.ASSESSMENTS) && !data.assessments().isEmpty();
    }

    private void assessments() {
        QuestionBank bank = data.bank();
        AssessmentResult previous = null;
        for (SessionResult s : data.assessments()) {
            AssessmentResult r = s.result();
            // a session's scores, its chart and its plan on one page
            out.append("<div class=\"assessment\"><h2>").append(shortDay.format(s.session().finishedAt().atZone(zone)))
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
            out.append("<div class=\"figure\">").append(charts.object(ReviewCharts.radar(labels,
                    now.stream().mapToDouble(Double::doubleValue).toArray(), previous == null ? null
                            : before.stream().mapToDouble(Double::doubleValue).toArray()), t("export.pdf.facets"), 640, 280,
                    text)).append("</div>");
            if (!s.session().planText().isBlank()) {
                out.append("<p><b>").append(text.esc(t("export.pdf.plan"))).append("</b> ").append(text.esc(s.session().planText())).append("</p>");
            }
            out.append("</div>");
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
