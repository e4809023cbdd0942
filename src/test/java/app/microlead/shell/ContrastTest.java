package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.ui.Themes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA contrast of the text colours in both themes: the looked-up colours come from AtlantaFX's
 * Primer light and dark stylesheets (as shipped in the jar) with app.css's own overrides on top;
 * every rule of app.css that sets a text colour is checked against its background (its own, or the
 * page's), 4.5:1 for text and 3:1 for the mood dots (a symbol, not words).
 */
class ContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern BASE = Pattern.compile("\\.[-a-z0-9]+");
    private static final Pattern PROP = Pattern.compile("([-a-z0-9]+)\\s*:\\s*([^;]+);");
    /** Rules shown on the sidebar, whose background is Primer's "subtle" one rather than the page's. */
    private static final List<String> ON_SIDEBAR = List.of(".nav-button", ".brand");

    @Test
    void theRatioFollowsTheWcagFormula() {
        assertThat(ratio(rgb("#000000"), rgb("#ffffff"))).isCloseTo(21.0, Offset.offset(0.01));
        assertThat(ratio(rgb("#777777"), rgb("#ffffff"))).isCloseTo(4.48, Offset.offset(0.01));
        assertThat(over(rgba("rgba(0, 0, 0, 0.5)"), rgb("#ffffff"))[0]).isCloseTo(127.5,
                Offset.offset(0.01));
    }

    @Test
    void everyTextColourOfTheAppReadsAtAaInBothThemes() throws IOException {
        Map<String, Map<String, String>> app = rules(read("/app/microlead/ui/app.css"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String theme : List.of("light", "dark")) {
            Map<String, String> colours = primerColours(theme);
            colours.putAll(ownColours(app, theme));
            List<String[]> pairs = new ArrayList<>(List.of(
                    new String[] {"Primer text on the page", "-color-fg-default", "-color-bg-default", "4.5"},
                    new String[] {"muted text on the page", "-color-fg-muted", "-color-bg-default", "4.5"},
                    new String[] {"muted text on the sidebar", "-color-fg-muted", "-color-bg-subtle", "4.5"},
                    new String[] {"subtle text (placeholders) on the page", "-color-fg-subtle", "-color-bg-default", "4.5"},
                    new String[] {"danger text", "-color-danger-fg", "-color-bg-default", "4.5"},
                    new String[] {"success text", "-color-success-fg", "-color-bg-default", "4.5"},
                    new String[] {"warning text", "-color-warning-fg", "-color-bg-default", "4.5"},
                    new String[] {"accent text (links)", "-color-accent-fg", "-color-bg-default", "4.5"}));
            for (var e : app.entrySet()) {
                String selector = e.getKey();
                String fg = textFill(e.getValue());
                String bg = background(e.getValue());
                if (selector.endsWith(" .selection") && fg != null) {
                    // a text area's selection is a shape painted under the text: its fill is the text's background
                    bg = fg;
                    fg = "-color-fg-default";
                }
                if (fg == null && bg != null) {
                    // a variant that only changes the background: its text comes from the base rule
                    Matcher base = BASE.matcher(selector);
                    fg = base.lookingAt() && !base.group().equals(selector) && app.containsKey(base.group())
                            ? textFill(app.get(base.group())) : null;
                }
                if (fg == null) {
                    continue;
                }
                String page = ON_SIDEBAR.stream().anyMatch(selector::startsWith) ? "-color-bg-subtle" : "-color-bg-default";
                String min = selector.contains("mood-dot") ? "3" : "4.5";
                pairs.add(new String[] {"app.css " + selector, fg, bg == null ? page : bg, min, page});
            }
            for (String[] p : pairs) {
                double[] page = resolve(p.length > 4 ? p[4] : "-color-bg-default", colours);
                double[] back = over(resolve(p[2], colours), page);
                double[] text = over(resolve(p[1], colours), back);
                double r = ratio(text, back);
                checked++;
                if (r < Double.parseDouble(p[3])) {
                    failures.add(String.format(Locale.ROOT, "%s: %s (%s on %s) is %.2f:1, needs %s:1", theme, p[0],
                            p[1], p[2], r, p[3]));
                }
            }
        }
        assertThat(checked).as("pairs checked").isGreaterThan(40);
        assertThat(failures).as("colour pairs below WCAG AA").isEmpty();
    }

    /**
     * Neighbouring moods (and energies: the same colours) are told apart at a glance in both themes: the colours
     * of the dots and the chosen rating by a CIEDE2000 ΔE of 18 or more (a dot is a small symbol), the calendar's
     * tints, as painted on the page, by 14 or more. The old colours (one set for both themes, mid-tones of equal
     * lightness) had 4 and 5 8.1 apart, 2 and 3 15.9; their tints on the dark page 5.6 and 10.9; later dark tints of
     * one strength had 3 and 4 12.3 apart, which a user could not tell apart in the calendar.
     */
    @Test
    void neighbouringMoodsDifferClearlyInBothThemes() throws IOException {
        Map<String, Map<String, String>> app = rules(read("/app/microlead/ui/app.css"));
        List<String> failures = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            Map<String, String> colours = primerColours(theme);
            colours.putAll(ownColours(app, theme));
            double[] page = resolve("-color-bg-default", colours);
            for (int m = 1; m < 5; m++) {
                double solid = deltaE2000(lab(resolve("-mood-" + m, colours)), lab(resolve("-mood-" + (m + 1), colours)));
                double tint = deltaE2000(lab(over(resolve("-mood-" + m + "-tint", colours), page)),
                        lab(over(resolve("-mood-" + (m + 1) + "-tint", colours), page)));
                if (solid < 18) {
                    failures.add(String.format(Locale.ROOT, "%s: moods %d and %d are %.1f apart", theme, m, m + 1, solid));
                }
                if (tint < 14) {
                    failures.add(String.format(Locale.ROOT, "%s: the tints of moods %d and %d are %.1f apart", theme, m,
                            m + 1, tint));
                }
            }
        }
        assertThat(failures).as("neighbouring moods too alike (CIEDE2000)").isEmpty();
    }

    @Test
    void theColourDifferenceFollowsCiede2000() {
        // Sharma, Wu, Dalal (2005), the formula's test data: pairs 1, 7, 19 and 25
        assertThat(deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, Offset.offset(0.0001));
        assertThat(deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2})).isCloseTo(2.3669, Offset.offset(0.0001));
        assertThat(deltaE2000(new double[] {50, 2.5, 0}, new double[] {56, -27, -3})).isCloseTo(31.9030, Offset.offset(0.0001));
        assertThat(deltaE2000(new double[] {60.2574, -34.0099, 36.2677}, new double[] {60.4626, -34.1751, 39.4387}))
                .isCloseTo(1.2644, Offset.offset(0.0001));
        assertThat(lab(rgb("#ffffff"))[0]).isCloseTo(100, Offset.offset(0.01));
        assertThat(lab(rgb("#ff0000"))).containsExactly(new double[] {53.24, 80.09, 67.20}, Offset.offset(0.05));
    }

    /** Primer's looked-up colours of the theme. */
    private static Map<String, String> primerColours(String theme) throws IOException {
        Map<String, String> colours = new LinkedHashMap<>();
        rules(read("/atlantafx/base/theme/primer-" + theme + ".css")).getOrDefault(".root", Map.of()).forEach((k, v) -> {
            if (k.startsWith("-color-")) {
                colours.put(k, v);
            }
        });
        return colours;
    }

    /** app.css's own looked-up colours (and overrides of Primer's) in the theme: .root's, then the dark root's. */
    private static Map<String, String> ownColours(Map<String, Map<String, String>> app, String theme) {
        Map<String, String> colours = new LinkedHashMap<>();
        List<String> roots = theme.equals("dark") ? List.of(".root", ".root." + Themes.DARK_CLASS) : List.of(".root");
        for (String root : roots) {
            app.getOrDefault(root, Map.of()).forEach((k, v) -> {
                if (!k.startsWith("-fx-")) {
                    colours.put(k, v);
                }
            });
        }
        return colours;
    }

    private static String textFill(Map<String, String> props) {
        String v = props.getOrDefault("-fx-text-fill", props.get("-fx-fill"));
        return v == null ? null : v.trim();
    }

    /** The rule's own solid background (the first paint), or null when it has none or it is transparent. */
    private static String background(Map<String, String> props) {
        String v = props.get("-fx-background-color");
        if (v == null) {
            return null;
        }
        String first = v.split(",(?![^(]*\\))")[0].trim();
        return first.equals("transparent") ? null : first;
    }

    /** Selector (each of a comma list) → its properties; later rules add to earlier ones. */
    static Map<String, Map<String, String>> rules(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            Map<String, String> props = new LinkedHashMap<>();
            Matcher p = PROP.matcher(m.group(2));
            while (p.find()) {
                props.put(p.group(1), p.group(2).trim());
            }
            for (String sel : m.group(1).split(",")) {
                out.computeIfAbsent(sel.trim().replaceAll("\\s+", " "), k -> new LinkedHashMap<>()).putAll(props);
            }
        }
        return out;
    }

    private static double[] resolve(String value, Map<String, String> colours) {
        String v = value.trim();
        for (int depth = 0; v.startsWith("-") && depth < 10; depth++) {
            String next = colours.get(v);
            assertThat(next).as("looked-up colour %s", v).isNotNull();
            v = next.trim();
        }
        return rgba(v);
    }

    static double[] rgba(String v) {
        if (v.equals("white")) {
            return new double[] {255, 255, 255, 1};
        }
        if (v.equals("black")) {
            return new double[] {0, 0, 0, 1};
        }
        if (v.startsWith("#")) {
            return rgb(v);
        }
        Matcher m = Pattern.compile("rgba?\\(([^)]*)\\)").matcher(v);
        assertThat(m.matches()).as("a colour the test can read: %s", v).isTrue();
        String[] p = m.group(1).split(",");
        return new double[] {Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                Double.parseDouble(p[2].trim()), p.length > 3 ? Double.parseDouble(p[3].trim()) : 1};
    }

    static double[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new double[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16), 1};
    }

    /** A colour with alpha painted over an opaque one. */
    static double[] over(double[] c, double[] under) {
        double a = c[3];
        return new double[] {c[0] * a + under[0] * (1 - a), c[1] * a + under[1] * (1 - a), c[2] * a + under[2] * (1 - a), 1};
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIE L*a*b* (D65) of an opaque sRGB colour. */
    static double[] lab(double[] c) {
        double r = linear(c[0]);
        double g = linear(c[1]);
        double b = linear(c[2]);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(double channel) {
        double s = channel / 255;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** The CIEDE2000 colour difference of two L*a*b* colours (about 2: barely seen side by side; 10 and more: clearly). */
    static double deltaE2000(double[] one, double[] two) {
        double c1 = Math.hypot(one[1], one[2]);
        double c2 = Math.hypot(two[1], two[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * one[1];
        double a2 = (1 + g) * two[1];
        double c1p = Math.hypot(a1, one[2]);
        double c2p = Math.hypot(a2, two[2]);
        double h1 = hue(a1, one[2]);
        double h2 = hue(a2, two[2]);
        double dL = two[0] - one[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (one[0] + two[0]) / 2;
        double cMean = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2
                : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double theta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cMeanP7 = Math.pow(cMean, 7);
        double rc = 2 * Math.sqrt(cMeanP7 / (cMeanP7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cMean;
        double sh = 1 + 0.015 * cMean * t;
        double rt = -Math.sin(Math.toRadians(2 * theta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
