package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.common.TranslatedContent;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The German prompts: the English library with only the texts translated. */
class PromptLibraryGermanTest {

    private static final String RESOURCE = "/app/microlead/journal/prompts.json";

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void theGermanFileIsTheEnglishOneWithOnlyTheTextsTranslated() {
        assertThat(TranslatedContent.assertGermanTranslation(RESOURCE, Set.of("text")))
                .hasSize(PromptLibrary.load(Locale.ENGLISH).builtIns().size());
    }

    @Test
    void loadReadsTheLanguageOfTheApp() {
        PromptLibrary english = PromptLibrary.load();
        I18n.setLocale(Locale.GERMAN);
        PromptLibrary german = PromptLibrary.load();

        assertThat(german.builtIns()).extracting(Prompt::id, Prompt::pillar, Prompt::tag, Prompt::builtIn)
                .containsExactlyElementsOf(english.builtIns().stream()
                        .map(p -> Tuple.tuple(p.id(), p.pillar(), p.tag(), p.builtIn())).toList());
        assertThat(german.builtIns().get(0).text())
                .isEqualTo("Wen haben Sie heute mit Namen begrüßt – und an wem sind Sie wortlos vorbeigegangen?");
        assertThat(german.builtIns()).allSatisfy(p -> assertThat(p.text()).isNotEqualTo(
                english.builtIns().stream().filter(e -> e.id().equals(p.id())).findFirst().orElseThrow().text()));

        I18n.setLocale(Locale.ENGLISH);
        assertThat(PromptLibrary.load().builtIns().get(0).text()).startsWith("Whom did you greet by name today");
    }

    @Test
    void aLanguageWithoutTranslationReadsTheEnglish() {
        assertThat(PromptLibrary.load(Locale.FRENCH).builtIns()).isEqualTo(PromptLibrary.load(Locale.ENGLISH).builtIns());
        assertThat(PromptLibrary.load(Locale.GERMANY).builtIns()).isEqualTo(PromptLibrary.load(Locale.GERMAN).builtIns());
    }
}
