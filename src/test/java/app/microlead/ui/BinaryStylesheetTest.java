package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build puts app.css beside itself as a binary stylesheet (pom.xml, exec-maven-plugin: JavaFX's Css2Bin),
 * which JavaFX loads instead of parsing the text at start-up. Catches a build that no longer makes it (start-up
 * then parses the text again, ~50 ms slower, with nothing else to say so) and a binary that says something
 * other than the text (a stale file would style the app as app.css no longer does).
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetBesideAppCssSaysWhatAppCssSays() throws IOException {
        URL text = Themes.class.getResource("/app/microlead/ui/app.css");
        URL binary = Themes.class.getResource("/app/microlead/ui/app.bss");
        assertThat(text).as("app.css").isNotNull();
        assertThat(binary).as("app.bss, made by the build beside app.css").isNotNull();
        assertThat(Themes.appStylesheet()).isEqualTo(text.toExternalForm()); // JavaFX finds the .bss from this name

        List<String> parsed = rules(new CssParser().parse(text));
        assertThat(parsed).hasSizeGreaterThan(50);
        assertThat(rules(Stylesheet.loadBinary(binary))).containsExactlyElementsOf(parsed);
    }

    /** Each rule as its selectors and every declaration's property, parsed value and importance. */
    private static List<String> rules(Stylesheet sheet) {
        List<String> out = new ArrayList<>();
        for (Rule r : sheet.getRules()) {
            StringBuilder line = new StringBuilder(r.getSelectors().toString());
            for (Declaration d : r.getDeclarations()) {
                line.append(' ').append(d.getProperty()).append(':').append(d.getParsedValue())
                        .append(d.isImportant() ? " !important" : "");
            }
            out.add(line.toString());
        }
        return out;
    }
}
