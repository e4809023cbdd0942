package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first frame's colours and sidebar width are the real window's, so the switch does not flash. */
class SkeletonViewTest {

    @Test
    void coloursAreTheThemesOwn() throws IOException {
        for (Theme theme : Theme.values()) {
            String css = read("/atlantafx/base/theme/primer-" + theme.key() + ".css");
            SkeletonView.Colors c = SkeletonView.Colors.of(theme);
            assertThat(c.sidebar()).as(theme + " sidebar").isEqualToIgnoringCase(variable(css, "-color-bg-subtle"));
            assertThat(c.content()).as(theme + " content").isEqualToIgnoringCase(variable(css, "-color-bg-default"));
            assertThat(c.border()).as(theme + " border").isEqualToIgnoringCase(variable(css, "-color-border-default"));
        }
    }

    @Test
    void theSidebarIsAsWideAsTheStylesheetSays() throws IOException {
        String css = read("/app/microlead/ui/app.css");
        Matcher m = Pattern.compile("\\.sidebar\\s*\\{[^}]*-fx-pref-width:\\s*([0-9.]+)em").matcher(css);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(SkeletonView.SIDEBAR_EM);
        // and the app.css colours are the theme's variables the skeleton copies
        assertThat(css).containsPattern("\\.sidebar\\s*\\{[^}]*-fx-background-color:\\s*-color-bg-subtle");
    }

    private static String variable(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SkeletonViewTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
