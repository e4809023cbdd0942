package app.microlead.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every language has every text of every feature, with the same placeholders. */
class I18nTest {

    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static Properties load(String bundle, Locale l) throws Exception {
        String name = "/app/microlead/i18n/" + bundle + (l == Locale.ENGLISH ? "" : "_" + l.getLanguage())
                + ".properties";
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(name)) {
            assertThat(in).as("%s exists", name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> args(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInEveryLanguage() throws Exception {
        for (String bundle : I18n.BUNDLES) {
            Properties english = load(bundle, Locale.ENGLISH);
            for (Object k : english.keySet()) {
                assertThat((String) k).as("keys of %s start with its name", bundle).startsWith(bundle + ".");
                assertThat(english.getProperty((String) k)).as("%s has a text", k).isNotBlank();
            }
            for (Locale l : I18n.LANGUAGES) {
                Properties other = load(bundle, l);
                assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of %s in %s", bundle, l)
                        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
                for (String k : english.stringPropertyNames()) {
                    assertThat(other.getProperty(k)).as("%s in %s", k, l).isNotBlank();
                    assertThat(args(other.getProperty(k))).as("placeholders of %s in %s", k, l)
                            .isEqualTo(args(english.getProperty(k)));
                    if (!args(other.getProperty(k)).isEmpty()) {
                        // MessageFormat reads a single ' as the start of a quote and drops it
                        assertThat(other.getProperty(k).replace("''", "")).as("apostrophes of %s in %s are"
                                + " doubled ('') because it takes arguments", k, l).doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws Exception {
        Pattern call = Pattern.compile("\\bt\\(\"([a-z]+\\.[a-z0-9.-]*[a-z0-9])\"");
        Set<String> asked = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.endsWith("I18n.java")) {
                    continue; // its javadoc shows an example key
                }
                Matcher m = call.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(300);
        Set<String> have = new TreeSet<>();
        for (String bundle : I18n.BUNDLES) {
            have.addAll(load(bundle, Locale.ENGLISH).stringPropertyNames());
        }
        assertThat(asked).as("keys used in the code but in no bundle").filteredOn(k -> !have.contains(k)).isEmpty();
    }

    @Test
    void textsFollowTheChosenLanguageAndFillInArguments() {
        assertThat(Pillar.TRUST.label()).isEqualTo("Trust");
        I18n.setLocale(Locale.GERMAN);
        assertThat(I18n.locale()).isEqualTo(Locale.GERMAN);
        assertThat(Pillar.TRUST.label()).isEqualTo("Vertrauen");
        I18n.setLocale(Locale.forLanguageTag("fr"));
        assertThat(I18n.locale()).as("unknown languages fall back to English").isEqualTo(Locale.ENGLISH);
        assertThat(I18n.forTag("de")).isEqualTo(Locale.GERMAN);
        assertThat(I18n.forTag("xx")).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.t("common.no.such.key")).isEqualTo("!common.no.such.key!");
        assertThat(I18n.has("common.pillar.trust")).isTrue();
    }

    @Test
    void aListIsJoinedInWordsOfTheLanguageShown() {
        assertThat(I18n.and(List.of())).isEmpty();
        assertThat(I18n.and(List.of("Ana"))).isEqualTo("Ana");
        assertThat(I18n.and(List.of("Ana", "Ben"))).isEqualTo("Ana and Ben");
        assertThat(I18n.and(List.of("Ana", "Ben", "Chloé"))).isEqualTo("Ana, Ben and Chloé");
        I18n.setLocale(Locale.GERMAN);
        assertThat(I18n.and(List.of("Ana", "Ben", "Chloé"))).isEqualTo("Ana, Ben und Chloé");
    }

    @Test
    void countsOfOneAreSingularInEveryLanguage() {
        assertThat(I18n.t("sync.round.summary", 1, 1, 1)).isEqualTo("Sent 1 change, merged 1 file (1 record changed).");
        assertThat(I18n.t("sync.round.summary", 2, 0, 1234)).isEqualTo("Sent 2 changes, merged 0 files (1,234 records changed).");
        assertThat(I18n.t("insights.writing.streak", 1, 3, 1, 20)).contains("This month 1 day written");
        assertThat(I18n.t("export.import.report", 1, 0, 0, 1, 1, 1, 1))
                .isEqualTo("1 day added, 0 merged, 0 skipped; 1 habit added, 1 check-in; 1 self-assessment; 1 weekly review.");
        I18n.setLocale(Locale.GERMAN);
        assertThat(I18n.t("sync.round.summary", 1, 1, 1))
                .isEqualTo("1 Änderung gesendet, 1 Datei zusammengeführt (1 Eintrag geändert).");
        assertThat(I18n.t("export.import.report.people", 1, 0, 1, 2)).contains("1 1:1-Gespräch und 2 Versprechen");
    }
}
